/**
 * What a value written through Range.values (or typed by a person) becomes in the cell.
 *
 * - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 *   this value as a formula" (Range.values): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 *   `@` is treated as a formula too, pending calibration (docs/reliability.md §1) — README "open-docs choices".
 * - `null` leaves the cell unchanged, `""` clears it:
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 * - ISO dates (YYYY-MM-DD) are stored as date serials (Range.values remarks in @types/office-js and
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates); numeric text becomes a number,
 *   as when typed.
 * - A leading apostrophe stores text; `formulas` reads it back without the apostrophe (office-js#6687).
 * - A cell holds at most 32,767 characters:
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
import { officeError, ErrorCode } from "../errors";
import { partsToSerial } from "../number-format";
import type { Cell, Scalar } from "./types";

export type CellInput =
  | { kind: "unchanged" }
  | { kind: "clear" }
  | { kind: "value"; value: Scalar; quotePrefix?: boolean; impliedFormat?: string }
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string };

export const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);
export const MAX_CELL_TEXT = 32767;

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** en-US short dates (the simulated content language): m/d/yyyy. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Formulas are limited to 8,192 characters. */
export const MAX_FORMULA_LENGTH = 8192;

function parseNumberText(s: string): number | undefined {
  const t = s.trim();
  if (t === "" || !/\d/.test(t) || !NUMBER.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

export interface InputOptions {
  /** numberFormat of the target cell ("@" = Text). */
  numberFormat: string | undefined;
  /** Whether a Text ("@") number format stops formula detection (calibration pending; default false). */
  textFormatBlocksFormulas: boolean;
  isValidFormula: (f: string) => boolean;
  location: string;
}

/** Interprets one element of a `values` array. Throws InvalidArgument where Excel rejects the value. */
export function interpretValue(raw: unknown, opts: InputOptions): CellInput {
  if (raw === null) return { kind: "unchanged" };
  if (raw === undefined) throw officeError(ErrorCode.invalidArgument, opts.location);
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw officeError(ErrorCode.invalidArgument, opts.location);
    return { kind: "value", value: raw };
  }
  // A Date reaches Excel as its JSON text (Office.js serialises the request), e.g. "2024-01-05T00:00:00.000Z".
  const text = raw instanceof Date ? raw.toJSON() : raw;
  if (typeof text !== "string") throw officeError(ErrorCode.invalidArgument, opts.location);
  const s = text;
  if (s === "") return { kind: "clear" };
  if (s.length > MAX_CELL_TEXT) throw officeError(ErrorCode.invalidArgument, opts.location);
  const textFormat = opts.numberFormat === "@";
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1), quotePrefix: true };
  const first = s.charAt(0);
  if (first === "=" || first === "+" || first === "-" || first === "@") {
    if (textFormat && opts.textFormatBlocksFormulas) return { kind: "value", value: s };
    if (first !== "=") {
      const n = parseNumberText(s);
      if (n !== undefined) return textFormat ? { kind: "value", value: s } : { kind: "value", value: n };
    }
    // "+A1" is stored as "=+A1", "-A1" as "=-A1"; "@SUM(1)" as "=SUM(1)" (implicit intersection dropped).
    const formula = first === "=" ? s : first === "@" ? `=${s.slice(1)}` : `=${s}`;
    if (formula.length > MAX_FORMULA_LENGTH)
      throw officeError("FormulaLengthExceedsLimit", opts.location, "The formula is too long.");
    if (formula.length < 2 || !opts.isValidFormula(formula))
      throw officeError(ErrorCode.invalidArgument, opts.location);
    return { kind: "formula", formula };
  }
  if (textFormat) return { kind: "value", value: s };
  if (ERROR_LITERALS.has(s.toUpperCase())) return { kind: "error", value: s.toUpperCase() };
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const n = parseNumberText(s);
  if (n !== undefined) return { kind: "value", value: n };
  const pct = /^(.*)%$/.exec(s.trim());
  if (pct) {
    const p = parseNumberText(pct[1] ?? "");
    if (p !== undefined) return { kind: "value", value: p / 100, impliedFormat: "0%" };
  }
  const iso = ISO_DATE.exec(s.trim());
  if (iso) {
    const [y, mo, d, h, mi, se] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    const ok = (mo ?? 0) >= 1 && (mo ?? 0) <= 12 && (d ?? 0) >= 1 && (d ?? 0) <= 31 && (h ?? 0) < 24;
    const check = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
    if (ok && check.getUTCDate() === d && (y ?? 0) >= 1900) {
      const serial = partsToSerial(y ?? 0, mo ?? 1, d ?? 1, h ?? 0, mi ?? 0, se ?? 0);
      return {
        kind: "value",
        value: serial,
        impliedFormat: iso[4] !== undefined ? "m/d/yyyy h:mm" : "m/d/yyyy",
      };
    }
  }
  const us = US_DATE.exec(s.trim());
  if (us) {
    const mo = Number(us[1]);
    const d = Number(us[2]);
    const y = Number(us[3]);
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (mo >= 1 && mo <= 12 && check.getUTCDate() === d && check.getUTCMonth() === mo - 1 && y >= 1900) {
      return { kind: "value", value: partsToSerial(y, mo, d), impliedFormat: "m/d/yyyy" };
    }
  }
  const time = TIME.exec(s.trim());
  if (time) {
    const h = Number(time[1]);
    const mi = Number(time[2]);
    const se = Number(time[3] ?? 0);
    if (h < 24 && mi < 60 && se < 60)
      return {
        kind: "value",
        value: (h * 3600 + mi * 60 + se) / 86400,
        impliedFormat: time[3] ? "h:mm:ss" : "h:mm",
      };
  }
  return { kind: "value", value: s };
}

/** Interprets one element of a `formulas` array: same as values, but numbers stay numbers. */
export function interpretFormula(raw: unknown, opts: InputOptions): CellInput {
  return interpretValue(raw, opts);
}

export function applyInput(cell: Cell | undefined, input: CellInput): Cell | undefined {
  if (input.kind === "unchanged") return cell;
  const next: Cell = { ...(cell ?? {}) };
  delete next.value;
  delete next.formula;
  delete next.error;
  delete next.quotePrefix;
  if (input.kind === "clear") return isEmptyCell(next) ? undefined : next;
  if (input.kind === "formula") next.formula = input.formula;
  else if (input.kind === "error") next.error = input.value;
  else {
    next.value = input.value;
    if (input.quotePrefix) next.quotePrefix = true;
    if (input.impliedFormat && (next.numberFormat === undefined || next.numberFormat === "General"))
      next.numberFormat = input.impliedFormat;
  }
  return next;
}

export function isEmptyCell(c: Cell): boolean {
  return (
    c.value === undefined &&
    c.formula === undefined &&
    c.error === undefined &&
    c.numberFormat === undefined &&
    c.format === undefined &&
    !c.quotePrefix
  );
}

export function hasContent(c: Cell | undefined): boolean {
  return c !== undefined && (c.value !== undefined || c.formula !== undefined || c.error !== undefined);
}
