import type { FieldDef } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import { SYSTEM_COLUMNS } from "../../core/register/system-columns";
import { resolveText } from "../../core/text";

/** "" means: leave this column alone. */
export const LEAVE_ALONE = "";

export interface KeyOption {
  readonly key: string;
  readonly label: string;
  readonly system: boolean;
}

/** What a sheet column can become: a system column, one of the process's fields, or nothing. */
export function keyOptions(fields: readonly FieldDef[], lang: Lang): KeyOption[] {
  return [
    ...SYSTEM_COLUMNS.map((c) => ({ key: c.key, label: resolveText(c.header, lang), system: true })),
    ...fields.map((f) => ({ key: f.key, label: resolveText(f.header, lang), system: false })),
  ];
}

/** The guessed mapping as the starting choices: header → key or LEAVE_ALONE. */
export function initialChoices(
  headers: readonly string[],
  guesses: readonly (string | undefined)[],
): string[] {
  return headers.map((_h, i) => guesses[i] ?? LEAVE_ALONE);
}

/** Keys claimed by more than one column (the adopt cannot go on until each key has one column). */
export function duplicateKeys(choices: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of choices) {
    if (c === LEAVE_ALONE) continue;
    if (seen.has(c)) dup.add(c);
    seen.add(c);
  }
  return [...dup];
}

/** The `columns` argument of adoptSheet: every header, with its key or "" to leave it alone. */
export function columnsRecord(
  headers: readonly string[],
  choices: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((h, i) => (out[h] = choices[i] ?? LEAVE_ALONE));
  return out;
}

/** System columns no sheet column maps to: the adopt adds them at the right. */
export function systemColumnsToAdd(choices: readonly string[]): string[] {
  return SYSTEM_COLUMNS.map((c) => c.key).filter((k) => !choices.includes(k));
}
