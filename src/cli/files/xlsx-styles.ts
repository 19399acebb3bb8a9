import { attribute, escapeMarkup, withAttribute } from "./xlsx-text";

/**
 * The built-in number formats a style may name by id alone (ECMA-376 Part 1 §18.8.30). Ids 27–36 and
 * 50–58 are the East Asian date formats, whose codes depend on the locale: a date stands for them.
 */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yy h:mm"],
  ...[27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map(
    (id): [number, string] => [id, "yyyy-mm-dd"],
  ),
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
]);

/** A format shows a date when it has y, d or h outside quoted text and [colour]/[locale] brackets. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ydh]/i.test(code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

const CELL_XFS = /<((?:\w+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>|<(?:\w+:)?cellXfs\b[^>]*\/>/;
const NUM_FMTS = /<((?:\w+:)?)numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>|<(?:\w+:)?numFmts\b[^>]*\/>/;

/**
 * A workbook's cell styles as far as Procsheet needs them: which number format each style shows (to
 * read dates as dates), and new styles that are an existing one with another number format (a date
 * written into a cell formatted as General gets a date format, its font, fill and borders kept).
 */
export class XlsxStyles {
  private readonly xfs: string[];
  private readonly formats = new Map<number, string>();
  private readonly dates: boolean[] = [];
  private readonly made = new Map<string, number>();
  private readonly prefix: string;
  private added = false;

  constructor(private readonly xml: string | undefined) {
    const cellXfs = xml === undefined ? undefined : CELL_XFS.exec(xml);
    this.prefix = cellXfs?.[1] ?? "";
    this.xfs = [
      ...(cellXfs?.[2] ?? "").matchAll(/<(?:\w+:)?xf\b[^>]*\/>|<(?:\w+:)?xf\b[^>]*>[\s\S]*?<\/(?:\w+:)?xf>/g),
    ].map((m) => m[0]);
    // Style 0 is every cell's default; a workbook without styles still has it.
    if (this.xfs.length === 0)
      this.xfs.push(`<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    for (const m of (xml === undefined ? "" : (NUM_FMTS.exec(xml)?.[2] ?? "")).matchAll(
      /<(?:\w+:)?numFmt\b[^>]*>/g,
    )) {
      const id = Number(attribute(m[0], "numFmtId"));
      const code = attribute(m[0], "formatCode");
      if (Number.isInteger(id) && code !== undefined) this.formats.set(id, code);
    }
  }

  /** Whether anything was added (the styles part must then be written). */
  get changed(): boolean {
    return this.added;
  }

  private formatId(style: number): number {
    const xf = this.xfs[style];
    return xf === undefined ? 0 : Number(attribute(xf, "numFmtId") ?? 0) || 0;
  }

  /** The format code a style shows ("General" for none). */
  formatOf(style: number): string {
    const id = this.formatId(style);
    return this.formats.get(id) ?? BUILT_IN.get(id) ?? "General";
  }

  /** Whether a style shows numbers as dates. */
  isDate(style: number): boolean {
    let d = this.dates[style];
    if (d === undefined) {
      d = isDateFormat(this.formatOf(style));
      this.dates[style] = d;
    }
    return d;
  }

  private formatIdFor(code: string): number {
    for (const [id, c] of BUILT_IN) if (c === code && id < 27) return id;
    for (const [id, c] of this.formats) if (c === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    return id;
  }

  /** The style that is `style` with the number format `code`: found, or added after the others. */
  withFormat(style: number, code: string): number {
    if (this.formatOf(style) === code) return style;
    const key = `${style}\u0000${code}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[style] ?? (this.xfs[0] as string);
    const start = /^<[^>]*>/.exec(base)?.[0] ?? base;
    const tag = withAttribute(
      withAttribute(start, "numFmtId", String(this.formatIdFor(code))),
      "applyNumberFormat",
      "1",
    );
    this.xfs.push(base.replace(start, tag));
    this.added = true;
    const index = this.xfs.length - 1;
    this.made.set(key, index);
    return index;
  }

  /** The styles part with the styles added (a minimal part when the workbook had none). */
  toXml(): string {
    const p = this.prefix;
    const custom = [...this.formats]
      .map(([id, code]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeMarkup(code, true)}"/>`)
      .join("");
    const numFmts =
      this.formats.size > 0 ? `<${p}numFmts count="${this.formats.size}">${custom}</${p}numFmts>` : "";
    const cellXfs = `<${p}cellXfs count="${this.xfs.length}">${this.xfs.join("")}</${p}cellXfs>`;
    const xml = this.xml ?? minimalStyles(p);
    const withXfs = CELL_XFS.test(xml) ? xml.replace(CELL_XFS, () => cellXfs) : xml;
    if (NUM_FMTS.test(withXfs)) return withXfs.replace(NUM_FMTS, () => numFmts);
    // numFmts is the first child of styleSheet.
    return withXfs.replace(/<(?:\w+:)?styleSheet\b[^>]*>/, (open) => open + numFmts);
  }
}

function minimalStyles(p: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<${p}styleSheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>` +
    `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
    `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
    `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
    `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs>` +
    `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>` +
    `</${p}styleSheet>`
  );
}
