import { separatorsOf, type NumberSeparators } from "../core/register/number-text";
import type { Context } from "./context";
import { badInput } from "./failure";

/**
 * `--number-locale <bcp47>`: the separators a register's numbers are typed with, as Intl (Node's ICU)
 * formats numbers in that locale (core/register/number-text.ts separatorsOf).
 */
export function numberSeparators(ctx: Context, tag: string | undefined): NumberSeparators | undefined {
  if (tag === undefined) return undefined;
  const separators = separatorsOf(tag);
  if (!separators) throw badInput(ctx.m.badNumberLocale(tag));
  return separators;
}
