/**
 * Computes formula values with HyperFormula (GPL-3.0, licenseKey "gpl-v3"; test/workbench only, never
 * shipped in the add-in). The engine is rebuilt from the model whenever the model changed, which keeps
 * one source of truth (the simulated cells) and is fast enough for test-sized workbooks.
 *
 * Where HyperFormula cannot give the value Excel would (structured references, functions it lacks,
 * its own #ERROR!/#CYCLE! codes) the simulation throws SimulationLimitError instead of guessing
 * ("fail loudly"). Error values Excel also produces (#DIV/0!, #N/A, #NAME? for unknown names, #REF!,
 * #VALUE!, #NUM!) are returned as the error strings Range.values shows:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 * Date system (1900, with the 1900-02-29 leap-year bug) to match Excel serials:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import type { CellValue } from "hyperformula";
import { SimulationLimitError } from "./errors";
import { hasStructuredReference } from "./formula-refs";
import type { Cell, Scalar } from "./model/types";

export interface SheetSource {
  name: string;
  cells: Map<number, Map<number, Cell>>;
}

export type Computed =
  { kind: "value"; value: Scalar } | { kind: "error"; value: string } | { kind: "empty" };

const CONFIG = {
  licenseKey: "gpl-v3",
  // Excel's 1900 date system counts the phantom 1900-02-29, so with leapYear1900 day 0 is 1899-12-31
  // (HyperFormula's Excel-compatibility settings); 1899-12-30 put every date function one day ahead.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  maxRows: 1048576,
  maxColumns: 16384,
  // Excel compares text case-insensitively in formulas.
  caseSensitive: false,
  smartRounding: true,
};

const EXCEL_ERRORS = new Set(["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!"]);

export class FormulaEngine {
  private hf: HyperFormula | undefined;
  private builtFor = -1;
  private sheetIds = new Map<string, number>();
  private validator: HyperFormula | undefined;
  /** A pinned clock (ms since the epoch) for TODAY() and NOW(); undefined: the machine's. */
  private pinned: number | undefined;

  /**
   * Pins TODAY() and NOW() to a wall-clock time (`YYYY-MM-DDTHH:mm:ss`, the page's local time), as the
   * workbench's `?now=` pins the pane's clock: HyperFormula reads `Date.now()` for both, so every engine
   * call runs with that clock. Undefined unpins.
   */
  pinClock(now: string | undefined): void {
    const m = now === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(now);
    this.pinned = m
      ? new Date(
          Number(m[1]),
          Number(m[2]) - 1,
          Number(m[3]),
          Number(m[4]),
          Number(m[5]),
          Number(m[6]),
        ).getTime()
      : undefined;
    this.builtFor = -1;
  }

  private withClock<T>(work: () => T): T {
    const pinned = this.pinned;
    if (pinned === undefined) return work();
    const real = Date.now;
    Date.now = () => pinned;
    try {
      return work();
    } finally {
      Date.now = real;
    }
  }

  /** Syntax check used when a formula is written; structured references are accepted (Excel knows them). */
  isValidFormula(formula: string): boolean {
    if (hasStructuredReference(formula)) return true;
    this.validator ??= HyperFormula.buildEmpty(CONFIG);
    return this.validator.validateFormula(formula);
  }

  private build(sheets: SheetSource[], version: number): HyperFormula {
    if (this.hf && this.builtFor === version) return this.hf;
    this.hf?.destroy();
    const data: Record<string, (Scalar | null)[][]> = {};
    for (const s of sheets) {
      const rows: (Scalar | null)[][] = [];
      for (const [r, cols] of s.cells) {
        for (const [c, cell] of cols) {
          const input = toEngineInput(cell);
          if (input === null) continue;
          let row = rows[r];
          if (!row) {
            row = [];
            rows[r] = row;
          }
          row[c] = input;
        }
      }
      // HyperFormula wants dense arrays.
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] ?? [];
        for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
        rows[r] = row;
      }
      data[s.name] = rows;
    }
    this.hf = this.withClock(() => HyperFormula.buildFromSheets(data, CONFIG));
    this.sheetIds = new Map(sheets.map((s) => [s.name.toLowerCase(), this.hf?.getSheetId(s.name) ?? -1]));
    this.builtFor = version;
    return this.hf;
  }

  /** Value of a formula cell. */
  evaluateCell(
    sheets: SheetSource[],
    version: number,
    sheet: string,
    row: number,
    col: number,
    formula: string,
  ): Computed {
    if (hasStructuredReference(formula)) {
      throw new SimulationLimitError(`excel-sim cannot compute structured references: ${sheet}!${formula}`);
    }
    const hf = this.build(sheets, version);
    const id = this.sheetIds.get(sheet.toLowerCase());
    if (id === undefined)
      throw new SimulationLimitError(`excel-sim: sheet ${sheet} missing in the formula engine`);
    return fromEngine(
      this.withClock(() => hf.getCellValue({ sheet: id, row, col })),
      formula,
    );
  }

  /** Evaluates a free formula (conditional-format rules) in the context of a sheet. */
  evaluateFormula(sheets: SheetSource[], version: number, sheet: string, formula: string): Computed {
    if (hasStructuredReference(formula))
      throw new SimulationLimitError(`excel-sim cannot compute structured references: ${formula}`);
    const hf = this.build(sheets, version);
    const id = this.sheetIds.get(sheet.toLowerCase());
    if (id === undefined)
      throw new SimulationLimitError(`excel-sim: sheet ${sheet} missing in the formula engine`);
    const v = this.withClock(() =>
      hf.calculateFormula(formula.startsWith("=") ? formula : `=${formula}`, id),
    );
    if (Array.isArray(v)) {
      const first = v[0]?.[0];
      return fromEngine(first === undefined ? null : first, formula);
    }
    return fromEngine(v, formula);
  }

  dispose(): void {
    this.hf?.destroy();
    this.hf = undefined;
    this.validator?.destroy();
    this.validator = undefined;
  }
}

function toEngineInput(cell: Cell): Scalar | null {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.error !== undefined) return errorFormula(cell.error);
  if (cell.value === undefined) return null;
  // A leading apostrophe tells HyperFormula "this is text" (it would otherwise parse "1/2" as a date).
  if (typeof cell.value === "string") return `'${cell.value}`;
  return cell.value;
}

function errorFormula(err: string): string {
  switch (err) {
    case "#DIV/0!":
      return "=1/0";
    case "#N/A":
      return "=NA()";
    case "#VALUE!":
      return '=1+"a"';
    case "#REF!":
      return "=#REF!";
    case "#NUM!":
      return "=SQRT(-1)";
    default:
      return "=NA()";
  }
}

function fromEngine(v: CellValue, formula: string): Computed {
  if (v instanceof DetailedCellError) {
    if (v.type === "NAME" && /^Function name/.test(v.message)) {
      throw new SimulationLimitError(
        `excel-sim (HyperFormula) does not know a function in ${formula}: ${v.message}`,
      );
    }
    if (!EXCEL_ERRORS.has(v.value)) {
      throw new SimulationLimitError(
        `excel-sim (HyperFormula) cannot compute ${formula}: ${v.value} ${v.message}`,
      );
    }
    return { kind: "error", value: v.value };
  }
  if (v === null) return { kind: "value", value: 0 }; // =A1 of an empty cell is 0 in Excel
  return { kind: "value", value: v };
}
