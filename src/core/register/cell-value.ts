/** A cell as front ends hand it to the core: Excel's `values` (dates are serial numbers), CSV text, or empty. */
export type CellInput = string | number | boolean | null | undefined;

/** A cell as the core asks front ends to write it; each front end renders it in its own medium. */
export type CellOutput =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly value: string }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly format?: "money" | "integer" | "decimal" | "percent";
    }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** `value` is local time in ms (time/local-time.ts); `time` says whether the clock matters. */
  | { readonly kind: "date"; readonly value: number; readonly time: boolean };

// Excel's error values come through `values` as text; rules must never compare them as data (docs/reliability.md D3).
const EXCEL_ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isExcelError(v: CellInput): boolean {
  return typeof v === "string" && EXCEL_ERRORS.has(v.trim().toUpperCase());
}

export function isEmptyCell(v: CellInput): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
