/**
 * A1 references inside formula text: find them, shift them when rows/columns are inserted or deleted,
 * translate relative references (conditional-format formulas are written for the top-left cell and
 * apply relatively to every other cell), and rewrite sheet names on rename.
 * Insert/delete adjust references like Excel does ("references adjust automatically"):
 * https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246
 * Relative references in conditional-format formulas:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#custom-conditional-format
 */
import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS, quoteSheet } from "./address";

interface Endpoint {
  row?: number;
  col?: number;
  absRow: boolean;
  absCol: boolean;
}
interface Ref {
  sheet?: string;
  a: Endpoint;
  b?: Endpoint;
}

// string literal | [sheet!]reference ; the look-behind keeps "LOG10(" and names like "A1B" out.
const TOKEN =
  /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(![])/g;

function parseEndpoint(s: string): Endpoint | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(s);
  if (!m) return undefined;
  const e: Endpoint = { absCol: m[1] === "$", absRow: m[3] === "$" };
  if (m[2]) e.col = columnIndex(m[2]);
  if (m[4]) e.row = Number(m[4]) - 1;
  if (!m[2] && m[4]) e.absRow = m[1] === "$"; // "$3" in a row range
  if (e.col !== undefined && e.col >= MAX_COLUMNS) return undefined;
  if (e.row !== undefined && (e.row < 0 || e.row >= MAX_ROWS)) return undefined;
  return e;
}

function printEndpoint(e: Endpoint): string {
  const c = e.col === undefined ? "" : `${e.absCol ? "$" : ""}${columnLetters(e.col)}`;
  const r = e.row === undefined ? "" : `${e.absRow ? "$" : ""}${e.row + 1}`;
  return c + r;
}

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Rewrites every reference with `fn`; `fn` returns the new ref, or undefined for #REF!. */
export function mapReferences(formula: string, fn: (ref: Ref) => Ref | undefined): string {
  return formula.replace(
    TOKEN,
    (whole: string, str: string | undefined, prefix: string | undefined, body: string) => {
      if (str !== undefined) return whole;
      const parts = body.split(":");
      const a = parseEndpoint(parts[0] ?? "");
      const b = parts.length > 1 ? parseEndpoint(parts[1] ?? "") : undefined;
      if (!a || (parts.length > 1 && !b)) return whole;
      const ref: Ref = { a };
      if (b) ref.b = b;
      if (prefix) ref.sheet = unquote(prefix);
      const out = fn(ref);
      if (!out) return "#REF!";
      const sheet = out.sheet === undefined ? "" : `${quoteSheet(out.sheet)}!`;
      return sheet + printEndpoint(out.a) + (out.b ? ":" + printEndpoint(out.b) : "");
    },
  );
}

/** Moves relative parts by (dRow, dCol); used for conditional-format formulas per cell and for fills. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  return mapReferences(formula, (ref) => {
    const move = (e: Endpoint): Endpoint | undefined => {
      const n: Endpoint = { ...e };
      if (n.row !== undefined && !n.absRow) n.row += dRow;
      if (n.col !== undefined && !n.absCol) n.col += dCol;
      if (
        (n.row !== undefined && (n.row < 0 || n.row >= MAX_ROWS)) ||
        (n.col !== undefined && (n.col < 0 || n.col >= MAX_COLUMNS))
      )
        return undefined;
      return n;
    };
    const a = move(ref.a);
    const b = ref.b ? move(ref.b) : undefined;
    if (!a || (ref.b && !b)) return undefined;
    return b ? { ...ref, a, b } : { ...ref, a };
  });
}

export interface StructuralChange {
  sheet: string;
  axis: "row" | "col";
  at: number;
  /** > 0 inserted, < 0 deleted */
  count: number;
}

/** Adjusts references to `change.sheet` in a formula stored on `formulaSheet`. */
export function adjustForStructuralChange(
  formula: string,
  formulaSheet: string,
  change: StructuralChange,
): string {
  const key = change.axis === "row" ? "row" : "col";
  return mapReferences(formula, (ref) => {
    const target = ref.sheet ?? formulaSheet;
    if (target.toLowerCase() !== change.sheet.toLowerCase()) return ref;
    const a = { ...ref.a };
    const b = ref.b ? { ...ref.b } : undefined;
    const va = a[key];
    const vb = b ? b[key] : va;
    if (va === undefined || vb === undefined) return ref; // whole column/row on the other axis
    const lo = Math.min(va, vb);
    const hi = Math.max(va, vb);
    let nlo = lo;
    let nhi = hi;
    if (change.count > 0) {
      if (lo >= change.at) nlo = lo + change.count;
      if (hi >= change.at) nhi = hi + change.count;
      const limit = key === "row" ? MAX_ROWS : MAX_COLUMNS;
      if (nhi >= limit) return undefined;
    } else {
      const n = -change.count;
      const end = change.at + n; // first index after the deleted block
      nlo = lo < change.at ? lo : lo >= end ? lo - n : change.at;
      nhi = hi < change.at ? hi : hi >= end ? hi - n : change.at - 1;
      if (nhi < nlo) return undefined;
    }
    a[key] = nlo;
    if (b) b[key] = nhi;
    return b ? { ...ref, a, b } : { ...ref, a };
  });
}

export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheet !== undefined && ref.sheet.toLowerCase() === oldName.toLowerCase()
      ? { ...ref, sheet: newName }
      : ref,
  );
}

/** Marks references to a deleted sheet as #REF!. */
export function dropSheetInFormula(formula: string, name: string): string {
  return mapReferences(formula, (ref) =>
    ref.sheet !== undefined && ref.sheet.toLowerCase() === name.toLowerCase() ? undefined : ref,
  );
}

/** True when the formula uses structured references (Table1[Col]) — HyperFormula cannot compute them. */
export function hasStructuredReference(formula: string): boolean {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /[A-Za-z_\\][A-Za-z0-9_.]*\[/.test(noStrings) || /(^|[^A-Za-z0-9_])\[@?/.test(noStrings.slice(1));
}
