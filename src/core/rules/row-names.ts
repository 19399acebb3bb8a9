import type { Lang } from "../../words/lang";
import type { ProcessDefinition } from "../definition/types";
import { SYSTEM_COLUMNS } from "../register/system-columns";
import { matchKey, resolveText, textVariants, type Text } from "../text";

/**
 * What a rule may call a column of the register: its key, or its header in either language, in any letter
 * case — the same names a header row is matched by (docs/specification.md §2.2), with the same order: a
 * key wins over a header.
 */
export interface RowNames {
  readonly keys: ReadonlySet<string>;
  /** matchKey(key) → the keys spelt so (two keys may differ only in letter case). */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** matchKey(header) → the keys whose header, in some language, is spelt so. */
  readonly byHeader: ReadonlyMap<string, readonly string[]>;
  readonly headers: ReadonlyMap<string, Text>;
  /** Changes whenever any name changes; compiled rules are cached under it. */
  readonly signature: string;
}

/** What one name in a rule stands for. */
export type NameMeaning =
  | { readonly kind: "key"; readonly key: string }
  /** Two or more columns go by this name: the rule must say which. */
  | { readonly kind: "ambiguous"; readonly keys: readonly string[] }
  | { readonly kind: "unknown" };

function add(map: Map<string, string[]>, name: string, key: string): void {
  const k = matchKey(name);
  if (k === "") return;
  const list = map.get(k);
  if (!list) map.set(k, [key]);
  else if (!list.includes(key)) list.push(key);
}

/** FNV-1a over UTF-16 units, twice with different seeds: a short cache key for a long list of names. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/**
 * The names of a process's row: system columns and fields, each by key and by header.
 * @example meaningOf(rowNamesOf(procurement), "采购金额") → { kind: "key", key: "amount" }
 */
export function rowNamesOf(definition: Pick<ProcessDefinition, "fields">): RowNames {
  const columns: { readonly key: string; readonly header: Text }[] = [
    ...SYSTEM_COLUMNS,
    ...(definition.fields ?? []),
  ];
  const byKey = new Map<string, string[]>();
  const byHeader = new Map<string, string[]>();
  for (const c of columns) {
    add(byKey, c.key, c.key);
    for (const h of textVariants(c.header)) add(byHeader, h, c.key);
  }
  return {
    keys: new Set(columns.map((c) => c.key)),
    byKey,
    byHeader,
    headers: new Map(columns.map((c) => [c.key, c.header])),
    signature: fingerprint(JSON.stringify(columns.map((c) => [c.key, c.header]))),
  };
}

/**
 * The column a name in a rule reads: the key written exactly; else a key in other letter case; else a
 * header in either language. Within one of those a name two columns share is ambiguous.
 */
export function meaningOf(names: RowNames, name: string): NameMeaning {
  if (names.keys.has(name)) return { kind: "key", key: name };
  const k = matchKey(name);
  for (const table of [names.byKey, names.byHeader]) {
    const hit = table.get(k);
    if (hit && hit.length === 1) return { kind: "key", key: hit[0] as string };
    if (hit && hit.length > 1) return { kind: "ambiguous", keys: hit };
  }
  return { kind: "unknown" };
}

/** A column's header as a reader of `lang` sees it (the key when it has none). */
export function headerIn(names: RowNames, key: string, lang: Lang): string {
  return resolveText(names.headers.get(key), lang) || key;
}
