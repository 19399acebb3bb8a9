import type { RuleRow, RuleValue } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import { dayOf, formatDate, formatDateTime, MS_PER_DAY, parseLocal } from "../../core/time/local-time";

/** The keys of a row that hold dates, and whether with a time of day. */
function dateKeys(process: CompiledProcess): Map<string, "date" | "datetime"> {
  const out = new Map<string, "date" | "datetime">();
  for (const c of SYSTEM_COLUMNS) if (c.type === "date" || c.type === "datetime") out.set(c.key, c.type);
  for (const f of process.definition.fields ?? [])
    if (f.type === "date" || f.type === "datetime") out.set(f.key, f.type);
  return out;
}

/** The day a definition's sample rows were written to be seen on (its `sampleAsOf`), as a day number. */
export function sampleAsOf(process: CompiledProcess): number | undefined {
  const stated = process.definition.sampleAsOf;
  const t = stated === undefined ? undefined : parseLocal(stated);
  return t === undefined ? undefined : dayOf(t);
}

/**
 * Whole weeks from the sample's day to `today` (never forward past today): a register made on any day
 * sees its sample as it was meant to be seen, weekdays kept (docs/specification.md §1.10).
 * @example sampleShiftDays(process, dayOf(parseLocal("2026-03-05")!)) === 0 // sampleAsOf 2026-03-02
 */
export function sampleShiftDays(process: CompiledProcess, today: number): number {
  const asOf = sampleAsOf(process);
  return asOf === undefined ? 0 : 7 * Math.floor((today - asOf) / 7);
}

/** A row with every date moved by `days` (system dates and date fields alike). */
export function shiftRow(process: CompiledProcess, row: RuleRow, days: number): RuleRow {
  if (days === 0) return row;
  const types = dateKeys(process);
  const out: Record<string, RuleValue> = { ...row };
  for (const [key, type] of types) {
    const v = row[key];
    const t = typeof v === "string" ? parseLocal(v) : undefined;
    if (t === undefined) continue;
    const moved = t + days * MS_PER_DAY;
    out[key] = type === "date" ? formatDate(moved) : formatDateTime(moved);
  }
  return out;
}

/** The keys of `process` that hold a date without a time, and those with one. */
export function dateFieldKeys(process: CompiledProcess): ReadonlyMap<string, "date" | "datetime"> {
  return new Map([...dateKeys(process)].filter(([k]) => !SYSTEM_COLUMNS.some((c) => c.key === k)));
}
