import { useEffect, useState, type FormEvent } from "react";
import { LANG_STORAGE_KEY } from "../taskpane/i18n/lang-provider";
import { resolveText } from "../core/text";
import { loadTemplateSummaries, TEMPLATE_IDS } from "../taskpane/templates/catalog";
import {
  API_VERSIONS,
  NO_TEMPLATE,
  OFFICE_THEMES,
  writeParams,
  type WorkbenchApi,
  type WorkbenchParams,
} from "./params";
import type { OfficeThemeName } from "../excel/api-types";
import type { WorkbenchStrings } from "./strings";

const THEME_WORDS = {
  colorful: "themeColorful",
  darkGray: "themeDarkGray",
  black: "themeBlack",
  white: "themeWhite",
} as const satisfies Record<OfficeThemeName, string>;

/** Template names in the workbench's language, once the templates' chunks have arrived. */
function useTemplateNames(lang: WorkbenchParams["lang"]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void loadTemplateSummaries().then(
      (list) => live && setNames(Object.fromEntries(list.map((t) => [t.id, resolveText(t.name, lang)]))),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return names;
}

/**
 * What the simulated Excel starts from: a template's sample register (or an empty workbook), Office's
 * display language, the ExcelApi version and Office's theme. Applying reloads the page into a new workbook; the pane then
 * follows Office's language (a language picked by hand in the pane is forgotten).
 */
export function Toolbar({ params, s }: { readonly params: WorkbenchParams; readonly s: WorkbenchStrings }) {
  const [next, setNext] = useState(params);
  const names = useTemplateNames(params.lang);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    try {
      localStorage.removeItem(LANG_STORAGE_KEY);
    } catch {
      // Storage blocked: the pane keeps a hand-picked language, nothing else changes.
    }
    location.assign(writeParams(next));
  };
  return (
    <form className="toolbar" onSubmit={apply} aria-label={s.title}>
      <h1>
        {s.title} <span className="subtitle">{s.subtitle}</span>
      </h1>
      <label>
        {s.template}
        <select value={next.template} onChange={(e) => setNext({ ...next, template: e.target.value })}>
          {TEMPLATE_IDS.map((id) => (
            <option key={id} value={id}>
              {names[id] ?? id}
            </option>
          ))}
          <option value={NO_TEMPLATE}>{s.emptyWorkbook}</option>
        </select>
      </label>
      <label>
        {s.language}
        <select
          value={next.lang}
          onChange={(e) => setNext({ ...next, lang: e.target.value === "zh-CN" ? "zh-CN" : "en" })}
        >
          <option value="en">English (en-US)</option>
          <option value="zh-CN">中文 (zh-CN)</option>
        </select>
      </label>
      <label title={s.apiHelp}>
        {s.api}
        <select
          value={next.api}
          onChange={(e) =>
            setNext({
              ...next,
              api: API_VERSIONS.find((v) => v === e.target.value) ?? ("1.17" satisfies WorkbenchApi),
            })
          }
        >
          {API_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.theme}
        <select
          value={next.theme}
          onChange={(e) =>
            setNext({ ...next, theme: OFFICE_THEMES.find((t) => t === e.target.value) ?? "colorful" })
          }
        >
          {OFFICE_THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {s[THEME_WORDS[theme]]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" title={s.restartHelp}>
        {s.restart}
      </button>
    </form>
  );
}
