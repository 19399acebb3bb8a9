import type { Catalogue } from "../words/catalogue";
import type { Lang } from "../words/lang";
import { argNamesLikeTheType, type ArgNames, type ParamsOf } from "../words/params";
import { say } from "../words/say";
import { WORKBENCH } from "../words/workbench";

type WorkbenchKey = keyof typeof WORKBENCH;
type Short<K> = K extends `workbench.${infer S}` ? S : never;
type Plain = {
  [K in WorkbenchKey]: [ArgNames<(typeof WORKBENCH)[K]["en"]>] extends [never] ? Short<K> : never;
}[WorkbenchKey];

/**
 * The workbench's own words (src/words/workbench.ts) in Office's display language: the plain texts as
 * properties, the rest through `say`.
 */
export type WorkbenchStrings = Readonly<Record<Plain, string>> & {
  readonly lang: Lang;
  readonly say: <K extends WorkbenchKey>(key: K, params: ParamsOf<Catalogue[K]["en"]>) => string;
};

export function workbenchStrings(lang: Lang): WorkbenchStrings {
  const plain: Record<string, string> = {};
  for (const [key, entry] of Object.entries(WORKBENCH))
    if (argNamesLikeTheType(entry.en).length === 0) plain[key.slice("workbench.".length)] = entry[lang];
  // Every plain key is filled just above, from the section the Plain type is computed from.
  const texts = plain as Readonly<Record<Plain, string>>;
  return { ...texts, lang, say: (key, params) => say(key, params, lang) };
}
