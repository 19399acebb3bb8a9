import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../words/lang";
import { StringsContext, stringsFor } from "./use-strings";

export const LANG_STORAGE_KEY = "procsheet.lang";

/** The language the person picked by hand, if any (it wins over Office's display language). */
export function storedLang(): Lang | undefined {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return v === "en" || v === "zh-CN" ? v : undefined;
  } catch {
    return undefined; // storage blocked (private mode, policies): fall back to Office's language
  }
}

function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered across sessions; the switch still works now.
  }
}

export interface LangProviderProps {
  /** Office's display language (`Office.context.displayLanguage`, mapped by toLang). */
  readonly lang: Lang;
  /** Office's display language in full (`en-GB`), for dates and numbers (stringsFor). */
  readonly locale?: string;
  readonly children: ReactNode;
}

export function LangProvider({ lang: officeLang, locale, children }: LangProviderProps) {
  const [lang, setLangState] = useState<Lang>(() => storedLang() ?? officeLang);
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  const followOffice = useCallback((office: Lang) => {
    if (!storedLang()) setLangState(office);
  }, []);
  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = lang;
  }, [lang]);
  const api = useMemo(
    () => stringsFor(lang, setLang, followOffice, locale),
    [lang, setLang, followOffice, locale],
  );
  return <StringsContext.Provider value={api}>{children}</StringsContext.Provider>;
}
