import { createContext, useContext } from "react";
import type { Catalogue, PaneWords, WordKey } from "../../words/catalogue";
import "../../words/errors-definition";
import "../../words/errors-excel";
import "../../words/errors-rules";
import "../../words/errors-workbook";
import type { Lang } from "../../words/lang";
import { PANE_ANALYZE } from "../../words/pane-analyze";
import { PANE_AUTOMATION } from "../../words/pane-automation";
import { PANE_BUILD } from "../../words/pane-build";
import { PANE_GOALS_MAP } from "../../words/pane-goals-map";
import { PANE_REPEAT } from "../../words/pane-repeat";
import { PANE_RULES } from "../../words/pane-rules";
import { PANE_REMINDERS } from "../../words/pane-reminders";
import { PANE_RUN } from "../../words/pane-run";
import { PANE_SHELL } from "../../words/pane-shell";
import { PANE_START } from "../../words/pane-start";
import { PANE_TEST } from "../../words/pane-test";
import { argNamesLikeTheType, type ArgNames, type ParamsOf } from "../../words/params";
import {
  dayOf,
  formatDay,
  formatDayTime,
  formatNumber,
  formatPercent,
  localeFor,
  say,
  sayKnown,
  weekdayNames,
} from "../../words/say";

// The pane says its own sections and the errors' (loaded above for their side effect: book.ts).
const PANE_SECTIONS = [
  PANE_SHELL,
  PANE_START,
  PANE_GOALS_MAP,
  PANE_RULES,
  PANE_TEST,
  PANE_RUN,
  PANE_REMINDERS,
  PANE_AUTOMATION,
  PANE_ANALYZE,
  PANE_REPEAT,
  PANE_BUILD,
];

/** A pane key without its `pane.` prefix, as the pane's components name it (`t.tabStart`, `f("upgraded", …)`). */
export type StringKey = keyof PaneWords extends infer K ? (K extends `pane.${infer S}` ? S : never) : never;

type PaneText<K extends StringKey> = PaneWords[`pane.${K}`]["en"];

/** The keys that need no parameter: the pane reads them as plain properties of `t`. */
export type PlainKey = {
  [K in StringKey]: [ArgNames<PaneText<K>>] extends [never] ? K : never;
}[StringKey];

export type Strings = Readonly<Record<PlainKey, string>>;

export interface StringsApi {
  readonly lang: Lang;
  /** The locale dates and numbers are written in (Office's full display language where it fits: localeFor). */
  readonly locale: string;
  /** The texts that take no parameter, in the pane's language. */
  readonly t: Strings;
  /** A pane text with its parameters put in (plurals, numbers and dates for the pane's locale). */
  readonly f: <K extends StringKey>(key: K, params: ParamsOf<PaneText<K>>) => string;
  /** Any key of the catalogue (an error's words, the sheet's), in the pane's language. */
  readonly say: <K extends WordKey>(key: K, params: ParamsOf<Catalogue[K]["en"]>) => string;
  readonly setLang: (lang: Lang) => void;
  /** Office's display language as known once Office.js is ready; ignored when the person chose by hand. */
  readonly followOffice: (lang: Lang) => void;
  /** Numbers in the pane's language (Intl), `digits` after the point at most. */
  readonly num: (n: number, digits?: number) => string;
  /** 0.85 → "85%". */
  readonly pct: (rate: number) => string;
  /** `YYYY-MM-DD` or a date-time → a short localized date. */
  readonly date: (iso: string) => string;
  /** A local date-time → the day and the minute, as the reader writes them. */
  readonly dateTime: (iso: string) => string;
  /** `YYYY-MM-DD` or a date-time → the day, for a `{date, date, medium}` parameter. */
  readonly day: (iso: string) => Date;
  /** Monday … Sunday in the pane's words. */
  readonly weekdays: () => string[];
}

const plainTexts = new Map<Lang, Strings>();

function plainFor(lang: Lang): Strings {
  const hit = plainTexts.get(lang);
  if (hit) return hit;
  const out: Record<string, string> = {};
  for (const section of PANE_SECTIONS)
    for (const [key, entry] of Object.entries(section))
      if (argNamesLikeTheType(entry.en).length === 0)
        out[key.slice("pane.".length)] = sayKnown(key, {}, lang) ?? key;
  // Every plain key is filled just above, from the same sections PlainKey is computed from.
  const made = out as Strings;
  plainTexts.set(lang, made);
  return made;
}

/**
 * The pane's words in `lang`, with dates and numbers in Office's display language (`displayLocale`, e.g.
 * en-GB or de-DE) where it fits the words: every date and number the pane shows goes through here.
 */
export function stringsFor(
  lang: Lang,
  setLang: (lang: Lang) => void = () => undefined,
  followOffice: (lang: Lang) => void = () => undefined,
  displayLocale?: string,
): StringsApi {
  const locale = localeFor(lang, displayLocale);
  return {
    lang,
    locale,
    t: plainFor(lang),
    f: (key, params) => sayKnown(`pane.${key}`, params, lang, locale) ?? key,
    say: (key, params) => say(key, params, lang, locale),
    setLang,
    followOffice,
    num: (n, digits = 1) => formatNumber(n, lang, digits, locale),
    pct: (rate) => formatPercent(rate, lang, locale),
    date: (iso) => formatDay(iso, lang, locale),
    dateTime: (iso) => formatDayTime(iso, lang, locale),
    day: (iso) => dayOf(iso) ?? new Date(Number.NaN),
    weekdays: () => weekdayNames(lang),
  };
}

export const StringsContext = createContext<StringsApi>(stringsFor("en"));

/** The pane's words in its current language, plus number and date formatting. */
export function useStrings(): StringsApi {
  return useContext(StringsContext);
}
