/** The marks a register writes numbers with, as its locale has them: `{ decimal: ",", group: "." }` (de-DE). */
export interface NumberSeparators {
  readonly decimal: string;
  readonly group: string;
}

/** How a text reads as a number: one value, two (or one foreign) readings that only a locale can settle, or none. */
export type NumberReading =
  | { readonly value: number }
  | { readonly ambiguous: { readonly dot?: number; readonly comma?: number } }
  | undefined;

const DOT: NumberSeparators = { decimal: ".", group: "," };
const COMMA: NumberSeparators = { decimal: ",", group: "." };
// "1e3", "-5", ".5", "5." — what JavaScript, Excel's CSV export and people write without any grouping.
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
// Grouping people type for a locale whose group mark is a space or an apostrophe (fr-FR, de-CH).
const SPACES = /^[\s\u00a0\u202f]$/;
const APOSTROPHES = /^['\u2019]$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function groupPattern(group: string): string {
  if (SPACES.test(group)) return "[ \\u00a0\\u202f]";
  if (APOSTROPHES.test(group)) return "['\\u2019]";
  return escape(group);
}

/**
 * A number written with these separators only: digits, or digits grouped by threes (the first group
 * 1–3 digits, not starting with 0), then optionally the decimal mark and digits; or the mark and digits.
 */
function strictNumber(text: string, s: NumberSeparators): number | undefined {
  const g = groupPattern(s.group);
  const d = escape(s.decimal);
  const grouped = s.group === "" ? "" : `|[1-9]\\d{0,2}(?:${g}\\d{3})+`;
  const m = new RegExp(`^([-+]?)(?:(\\d+${grouped})(?:${d}(\\d*))?|${d}(\\d+))$`).exec(text);
  if (!m) return undefined;
  const whole = (m[2] ?? "0").replace(/\D/g, "");
  const fraction = m[3] ?? m[4] ?? "";
  return Number(`${m[1] ?? ""}${whole || "0"}.${fraction || "0"}`);
}

/**
 * A number typed as text in a register cell. With the register's separators, the text is read by them
 * alone. Without, a text reads as it does with "." for decimals and "," for thousands (`1,234.56`), unless
 * it also reads otherwise with "," for decimals: `60.000` (60 or 60000), `1,500` (1500 or 1.5) and
 * `1.234,56` (only with "," for decimals) are ambiguous, for the caller to refuse rather than guess.
 * Plain numbers (`-5`, `1e3`, `0.500`, `1234.567`) read one way only.
 * @example readNumberText("60.000") // { ambiguous: { dot: 60, comma: 60000 } }
 * @example readNumberText("60.000", { decimal: ",", group: "." }) // { value: 60000 }
 */
export function readNumberText(text: string, separators?: NumberSeparators): NumberReading {
  const t = text.trim();
  if (separators) {
    const value =
      strictNumber(t, separators) ??
      (separators.decimal === "." && PLAIN_NUMBER.test(t) ? Number(t) : undefined);
    return value === undefined ? undefined : { value };
  }
  const dot = PLAIN_NUMBER.test(t) ? Number(t) : strictNumber(t, DOT);
  const comma = strictNumber(t, COMMA);
  if (comma === undefined || comma === dot) return dot === undefined ? undefined : { value: dot };
  return { ambiguous: dot === undefined ? { comma } : { dot, comma } };
}

/**
 * The separators a locale writes numbers with, as ECMAScript's Intl formats them: de-DE → decimal ",",
 * group "."; en-US and zh-CN → "." and ",". Undefined for a locale Intl does not know.
 */
export function separatorsOf(locale: string): NumberSeparators | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale.trim())[0];
  } catch {
    return undefined;
  }
  if (canonical === undefined || Intl.NumberFormat.supportedLocalesOf([canonical]).length === 0)
    return undefined;
  const parts = new Intl.NumberFormat(canonical, { useGrouping: true }).formatToParts(1234567.5);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? "",
  };
}
