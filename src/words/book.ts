import type { Lang } from "./lang";

/** One entry of the catalogue: the same thing said in every language we ship, as ICU MessageFormat. */
export type Words = Readonly<Record<Lang, string>>;

/** A section of the catalogue: full keys (`pane.tabStart`, `rule.syntax`) to their words. */
export type Section = Readonly<Record<string, Words>>;

// Sections add themselves when their module is loaded, so the pane's bundle never carries the command
// line's or the workbench's words: each end imports only the sections it says.
const BOOK = new Map<string, Words>();

/**
 * Declares a section of the catalogue (keeping each template's literal type, from which `say` derives
 * its parameters) and makes its keys sayable.
 * @example export const PANE_SHELL = words({ "pane.close": { en: "Close", "zh-CN": "关闭" } });
 */
export function words<const S extends Section>(section: S): S {
  for (const [key, entry] of Object.entries(section)) BOOK.set(key, entry);
  return section;
}

/** The entry for a key, if its section has been loaded. */
export function lookUp(key: string): Words | undefined {
  return BOOK.get(key);
}

/** Every key loaded so far (the catalogue's tests load every section first). */
export function loadedKeys(): readonly string[] {
  return [...BOOK.keys()];
}
