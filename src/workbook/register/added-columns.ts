import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import { headerFor, type ColumnMap } from "../../core/register/columns";
import { SYSTEM_KEYS } from "../../core/register/system-columns";
import type { SyncResult } from "../../core/sync/sync";

/** A system column the register lacks and a sync fills: added at the right end of the register. */
export interface AddedColumn {
  readonly key: string;
  readonly header: string;
}

/**
 * The system columns a register lacks that this sync has values for, in system-column order, headed in
 * the register's language. (The add-in requires every system column before it syncs; a file gains them.)
 */
export function addedColumns(
  process: CompiledProcess,
  map: ColumnMap,
  result: SyncResult,
  lang: Lang,
): AddedColumn[] {
  const missing = new Set<string>();
  for (const c of result.changes)
    for (const k of c.keys) if (!map.byKey.has(k) && c.after[k] !== undefined) missing.add(k);
  return SYSTEM_KEYS.filter((k) => missing.has(k)).map((key) => ({
    key,
    header: headerFor(process, key, lang),
  }));
}

/** Position of a key's column (0-based), counting added columns after the register's own. */
export function columnOf(map: ColumnMap, added: readonly AddedColumn[], key: string): number | undefined {
  const bound = map.byKey.get(key);
  if (bound) return bound.index;
  const i = added.findIndex((a) => a.key === key);
  return i < 0 ? undefined : map.columns.length + i;
}
