import { columnLetter } from "../../core/register/columns";
import { cellTextXml, needsPreserve } from "./xlsx-text";

/** A value as a file cell holds it: text, a number (a date is its serial), a boolean, or nothing. */
export type FileValue = string | number | boolean | null;

/** `C5` from 1-based row and column. */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column - 1)}${row}`;
}

/** A number as SpreadsheetML writes it (xsd:double); never NaN or infinite, which a cell cannot hold. */
function numberXml(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`a cell cannot hold ${n}`);
  return String(n);
}

/** An `<si>` or inline `<is>` body: the text in one `<t>`. */
export function stringItemXml(text: string, prefix = ""): string {
  const space = needsPreserve(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${space}>${cellTextXml(text)}</${prefix}t>`;
}

/**
 * The shared-string table of a new workbook (ECMA-376 Part 1 §18.4.9), as Excel writes one: each text
 * once, cells pointing at it — smaller than inline strings when a register repeats its statuses,
 * steps and owners on every row, and each text escaped once.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      this.items.push(stringItemXml(text));
    }
    return i;
  }

  get size(): number {
    return this.items.length;
  }

  /** The part, in pieces. */
  *xml(): Generator<string> {
    yield (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">`
    );
    for (const item of this.items) yield `<si>${item}</si>`;
    yield "</sst>";
  }
}

/**
 * One `<c>` element (ECMA-376 Part 1 §18.3.1.4). Text is a string, never a formula: a written cell is
 * what the sync meant, so `=x` stays the text `=x` — shared when a new workbook gathers its strings,
 * inline when a cell is patched into a workbook as it was. `prefix` is the sheet's namespace prefix.
 */
export function cellXml(
  row: number,
  column: number,
  style: number,
  value: FileValue,
  prefix = "",
  strings?: SharedStrings,
): string {
  const p = prefix;
  const s = style > 0 ? ` s="${style}"` : "";
  const r = ` r="${cellRef(row, column)}"`;
  if (value === null) return style > 0 ? `<${p}c${r}${s}/>` : "";
  if (typeof value === "number") return `<${p}c${r}${s}><${p}v>${numberXml(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean") return `<${p}c${r}${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (strings) return `<${p}c${r}${s} t="s"><${p}v>${strings.indexOf(value)}</${p}v></${p}c>`;
  return `<${p}c${r}${s} t="inlineStr"><${p}is>${stringItemXml(value, p)}</${p}is></${p}c>`;
}
