import { IntlMessageFormat } from "intl-messageformat";
import { lookUp } from "./book";
import type { Catalogue, WordKey } from "./catalogue";
import type { Lang } from "./lang";
import type { ParamsOf, Value } from "./params";

/** The locale each language formats numbers, dates and plurals in. */
export const LOCALE: Readonly<Record<Lang, string>> = { en: "en-US", "zh-CN": "zh-CN" };

// Dates in messages are calendar days (dayOf below makes them at UTC midnight): format them in UTC so the
// reader's time zone never moves a due date to the day before.
const DAY_FORMATS = {
  date: {
    short: { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" },
    medium: { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" },
    long: { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" },
  },
} satisfies { date: Readonly<Record<string, Intl.DateTimeFormatOptions>> };

interface Compiled {
  readonly format: IntlMessageFormat;
  readonly lang: Lang;
  /** Arguments written plainly (`{n}`, not `{n, number}` or a plural's `#`). */
  readonly plain: ReadonlySet<string>;
  readonly all: readonly string[];
}

// Compiling a template is the costly part; a formatter is kept per key and language.
const compiled = new Map<string, Compiled>();

function formatterFor(key: string, lang: Lang): Compiled | undefined {
  const id = `${lang}\u0000${key}`;
  const hit = compiled.get(id);
  if (hit) return hit;
  const entry = lookUp(key);
  if (!entry) return undefined;
  // ignoreTag: `<command>` in a help text is text, not a rich-text tag.
  const format = new IntlMessageFormat(entry[lang], LOCALE[lang], DAY_FORMATS, { ignoreTag: true });
  const { plain, all } = argumentsOf(format.getAst() as unknown as readonly AstNode[]);
  const made = { format, lang, plain, all };
  compiled.set(id, made);
  return made;
}

// The parts of intl-messageformat's AST we read: element type (0 literal, 1 plain argument, 7 `#`, 8 tag),
// the argument's name in `value`, and plural/select sub-messages in `options`.
interface AstNode {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly AstNode[] }>>;
}

function argumentsOf(nodes: readonly AstNode[]): { plain: Set<string>; all: string[] } {
  const plain = new Set<string>();
  const all = new Set<string>();
  const visit = (list: readonly AstNode[]): void => {
    for (const n of list) {
      if (n.type !== 0 && n.type !== 7 && n.type !== 8 && typeof n.value === "string") all.add(n.value);
      if (n.type === 1 && typeof n.value === "string") plain.add(n.value);
      for (const option of Object.values(n.options ?? {})) visit(option.value);
    }
  };
  visit(nodes);
  return { plain, all: [...all] };
}

function render(c: Compiled, params: Readonly<Record<string, Value>>): string {
  // A plain `{n}` would print a number or a date as JavaScript does; the reader's locale is meant.
  const values: Record<string, Value> = { ...params };
  for (const name of c.plain) {
    const v = values[name];
    if (typeof v === "number") values[name] = formatNumber(v, c.lang, 3);
    else if (v instanceof Date) values[name] = formatDate(v, c.lang);
  }
  const out = c.format.format<string>(values);
  return Array.isArray(out) ? out.join("") : String(out);
}

function formatDate(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], DAY_FORMATS.date.medium).format(d);
}

/**
 * The one way Procsheet says something: the catalogue's words for `key` in `lang`, with `params` put in —
 * plurals chosen and numbers and dates formatted for the reader's locale (ICU MessageFormat). A missing
 * or misspelt parameter is a type error.
 * @example say("pane.rowErrors", { n: 1 }, "en") === "1 row kept as it was because of an error:"
 */
export function say<K extends WordKey>(key: K, params: ParamsOf<Catalogue[K]["en"]>, lang: Lang): string {
  const c = formatterFor(key, lang);
  if (!c) throw new Error(`words: "${key}" is not loaded; import the section that holds it`);
  return render(c, params);
}

/**
 * `say` for a key known only at run time (a ProcsheetError's `key`): undefined when the catalogue has no
 * such key; a parameter the error did not carry shows as empty rather than failing the message.
 */
export function sayKnown(
  key: string,
  params: Readonly<Record<string, Value>> | undefined,
  lang: Lang,
): string | undefined {
  const c = formatterFor(key, lang);
  if (!c) return undefined;
  const blanks: Record<string, Value> = {};
  for (const name of c.all) blanks[name] = "";
  return render(c, { ...blanks, ...params });
}

/** A `YYYY-MM-DD` (or the day of a date-time) as a Date at UTC midnight, for `{d, date, medium}`. */
export function dayOf(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/** A number in the reader's locale, `digits` after the point at most. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
}

/** 0.853 → "85%". */
export function formatPercent(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

/** `YYYY-MM-DD` or a date-time → the day as the reader writes it ("Mar 2, 2026", "2026年3月2日"). */
export function formatDay(iso: string, lang: Lang): string {
  const d = dayOf(iso);
  return d ? new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "UTC" }).format(d) : iso;
}
