import type { NumberSeparators } from "../core/register/number-text";
import type { Context } from "./context";
import { badInput } from "./failure";

/**
 * `--number-locale <bcp47>`: the separators a register's numbers are typed with, as Intl (Node's ICU)
 * formats numbers in that locale: de-DE → decimal ",", group "."; en-US → "." and ",". The core gets
 * the plain characters, so how a locale writes numbers is decided here, once.
 */
export function numberSeparators(ctx: Context, tag: string | undefined): NumberSeparators | undefined {
  if (tag === undefined) return undefined;
  let locale: string | undefined;
  try {
    locale = Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    locale = undefined;
  }
  if (locale === undefined || Intl.NumberFormat.supportedLocalesOf([locale]).length === 0)
    throw badInput(ctx.m.badNumberLocale(tag));
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const group = parts.find((p) => p.type === "group")?.value ?? "";
  return { decimal, group };
}
