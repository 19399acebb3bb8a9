import { createContext, useContext } from "react";
import type { Lang } from "../../core/i18n/lang";
import { STRINGS, type StringKey, type Strings } from "./strings";

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}` so it is noticed. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export interface StringsApi {
  readonly lang: Lang;
  readonly t: Strings;
  /** A string with its placeholders filled. */
  readonly f: (key: StringKey, params: Params) => string;
  readonly setLang: (lang: Lang) => void;
  /** Office's display language as known once Office.js is ready; ignored when the person chose by hand. */
  readonly followOffice: (lang: Lang) => void;
  /** Numbers in the pane's language (Intl), `digits` after the point at most. */
  readonly num: (n: number, digits?: number) => string;
  /** 0.85 → "85%". */
  readonly pct: (rate: number) => string;
  /** `YYYY-MM-DD` or a date-time → a short localized date. */
  readonly date: (iso: string) => string;
}

export function stringsFor(
  lang: Lang,
  setLang: (lang: Lang) => void = () => undefined,
  followOffice: (lang: Lang) => void = () => undefined,
): StringsApi {
  const t = STRINGS[lang];
  const locale = lang === "zh-CN" ? "zh-CN" : "en-US";
  return {
    lang,
    t,
    f: (key, params) => fill(t[key], params),
    setLang,
    followOffice,
    num: (n, digits = 1) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n),
    pct: (rate) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(rate),
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
      if (!m) return iso;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(d);
    },
  };
}

export const StringsContext = createContext<StringsApi>(stringsFor("en"));

/** The UI strings in the pane's current language, plus number and date formatting. */
export function useStrings(): StringsApi {
  return useContext(StringsContext);
}
