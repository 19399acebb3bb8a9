import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import { lookUp } from "./book";
import type { Catalogue, WordKey } from "./catalogue";
import { toLang, type Lang } from "./lang";
import type { ParamsOf, Value } from "./params";

/** The locale each language formats numbers, dates and plurals in when no fuller locale is known. */
export const LOCALE: Readonly<Record<Lang, string>> = { en: "en-US", "zh-CN": "zh-CN" };

/**
 * The locale dates and numbers are written in: Office's display language in full (`en-GB`, `de-DE`,
 * `zh-TW`) when the words are the ones it maps to (toLang), else the words' own locale (a person who
 * picked Chinese by hand in a German Office reads Chinese dates). Plurals always follow the words.
 * @example localeFor("en", "de-DE") === "de-DE"; localeFor("zh-CN", "de-DE") === "zh-CN"
 */
export function localeFor(lang: Lang, displayLocale: string | undefined): string {
  if (!displayLocale || toLang(displayLocale) !== lang) return LOCALE[lang];
  try {
    return Intl.getCanonicalLocales(displayLocale)[0] ?? LOCALE[lang];
  } catch {
    return LOCALE[lang];
  }
}

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
  readonly locale: string;
  /** Arguments written plainly (`{n}`, not `{n, number}` or a plural's `#`). */
  readonly plain: ReadonlySet<string>;
  readonly all: readonly string[];
}

// Compiling a template is the costly part; a formatter is kept per key and language.
const compiled = new Map<string, Compiled>();

/**
 * A date written in a locale whose language is not the words' ("Due 2. März 2026" in an English
 * sentence) names no month: the locale's numeric order and separators instead ("Due 02.03.2026").
 */
function dayOptions(
  lang: Lang,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatOptions {
  if (locale.split("-")[0] === LOCALE[lang].split("-")[0]) return options;
  const { dateStyle: _style, month: _month, day: _day, weekday: _weekday, ...rest } = options;
  return { ...rest, year: "numeric", month: "2-digit", day: "2-digit" };
}

// Numbers and dates in the full locale, plurals in the words' language ("1 row", never "1 rows" in zh-TW).
function formattersFor(lang: Lang, locale: string): Formatters {
  return {
    // intl-messageformat's options type is a superset of the runtime's (useGrouping "auto" …): passed on as is.
    getNumberFormat: (_l, o) => new Intl.NumberFormat(locale, o as Intl.NumberFormatOptions),
    getDateTimeFormat: (_l, o) => new Intl.DateTimeFormat(locale, dayOptions(lang, locale, o ?? {})),
    getPluralRules: (_l, o) => new Intl.PluralRules(LOCALE[lang], o),
  };
}

function formatterFor(key: string, lang: Lang, locale: string = LOCALE[lang]): Compiled | undefined {
  const id = `${lang}\u0000${locale}\u0000${key}`;
  const hit = compiled.get(id);
  if (hit) return hit;
  const entry = lookUp(key);
  if (!entry) return undefined;
  // ignoreTag: `<command>` in a help text is text, not a rich-text tag.
  const format = new IntlMessageFormat(entry[lang], LOCALE[lang], DAY_FORMATS, {
    ignoreTag: true,
    ...(locale === LOCALE[lang] ? {} : { formatters: formattersFor(lang, locale) }),
  });
  const { plain, all } = argumentsOf(format.getAst() as unknown as readonly AstNode[]);
  const made = { format, lang, locale, plain, all };
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
    if (typeof v === "number") values[name] = formatNumber(v, c.lang, 3, c.locale);
    else if (v instanceof Date) values[name] = formatDate(v, c.lang, c.locale);
  }
  const out = c.format.format<string>(values);
  return Array.isArray(out) ? out.join("") : String(out);
}

function formatDate(d: Date, lang: Lang, locale: string): string {
  return new Intl.DateTimeFormat(locale, dayOptions(lang, locale, DAY_FORMATS.date.medium)).format(d);
}

/**
 * The one way Procsheet says something: the catalogue's words for `key` in `lang`, with `params` put in —
 * plurals chosen and numbers and dates formatted for the reader's locale (ICU MessageFormat). A missing
 * or misspelt parameter is a type error. `locale` (localeFor) writes dates and numbers in a fuller locale.
 * @example say("pane.rowErrors", { n: 1 }, "en") === "1 row kept as it was because of an error:"
 */
export function say<K extends WordKey>(
  key: K,
  params: ParamsOf<Catalogue[K]["en"]>,
  lang: Lang,
  locale?: string,
): string {
  const c = formatterFor(key, lang, locale);
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
  locale?: string,
): string | undefined {
  const c = formatterFor(key, lang, locale);
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

/** A number in the reader's locale (`locale`, else the words'), `digits` after the point at most. */
export function formatNumber(n: number, lang: Lang, digits = 1, locale: string = LOCALE[lang]): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

/** 0.853 → "85%" ("85 %" in de-DE). */
export function formatPercent(rate: number, lang: Lang, locale: string = LOCALE[lang]): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

/** `YYYY-MM-DD` or a date-time → the day as the reader writes it ("Mar 2, 2026", "2 Mar 2026", "2026年3月2日"). */
export function formatDay(iso: string, lang: Lang, locale: string = LOCALE[lang]): string {
  const d = dayOf(iso);
  const options = dayOptions(lang, locale, { dateStyle: "medium", timeZone: "UTC" });
  return d ? new Intl.DateTimeFormat(locale, options).format(d) : iso;
}

/**
 * A local date-time (`YYYY-MM-DDTHH:mm[:ss]`, as the workbook keeps times) as the reader writes it, to the
 * minute: "Mar 2, 2026, 9:00 AM", "2 Mar 2026, 09:00", "2026年3月2日 09:00". Its fields are shown as they
 * are, never moved by a time zone.
 */
export function formatDayTime(iso: string, lang: Lang, locale: string = LOCALE[lang]): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(iso);
  if (!m) return formatDay(iso, lang, locale);
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!));
  const day = dayOptions(lang, locale, { dateStyle: "medium", timeZone: "UTC" });
  const options: Intl.DateTimeFormatOptions =
    "dateStyle" in day ? { ...day, timeStyle: "short" } : { ...day, hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(locale, options).format(d);
}

/** ISO weekdays' names in the words' language, Monday first (2024-01-01 was a Monday). */
export function weekdayNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(LOCALE[lang], { weekday: "long", timeZone: "UTC" });
  return [1, 2, 3, 4, 5, 6, 7].map((d) => format.format(new Date(Date.UTC(2024, 0, d))));
}
