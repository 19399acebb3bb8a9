import { procsheetError, type ErrorKey } from "../core/error";
import type { ProcsheetError, Result } from "../core/result";
import { lookUp } from "../words/book";

/** Codes worth another attempt after a re-read (docs/reliability.md §3.2); everything else is reported. */
const TRANSIENT = new Set(["GeneralException", "Conflict", "InsertDeleteConflict"]);

interface OfficeErrorLike {
  readonly code?: string;
  readonly message?: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly statement?: string };
}

function isOfficeError(e: unknown): e is OfficeErrorLike {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

/** An Office.js error as a value: the code stays for support, the words come from the catalogue. */
export function excelError(e: unknown): ProcsheetError {
  if (!isOfficeError(e)) {
    const detail = e instanceof Error ? e.message : String(e);
    return procsheetError("EXCEL_API", "excel.default", { code: "Unknown", detail });
  }
  const code = e.code ?? "Unknown";
  const detail = e.debugInfo?.errorLocation ?? e.message ?? code;
  return procsheetError("EXCEL_API", excelKey(code), { code, detail });
}

type ExcelKey = Exclude<Extract<ErrorKey, `excel.${string}`>, "excel.notSaved">;

// Excel's codes the catalogue words one by one (src/words/errors-excel.ts); any other gets the general words.
function excelKey(code: string): ExcelKey {
  const key = `excel.${code}`;
  return isExcelKey(key) ? key : "excel.default";
}

function isExcelKey(key: string): key is ExcelKey {
  return key !== "excel.notSaved" && lookUp(key) !== undefined;
}

export interface RunOptions {
  /** Attempts for transient errors, the first included. */
  readonly attempts?: number;
  /** Waits between attempts (exponential, 0.5 s, 1 s, …); tests pass a no-op. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One user action = one `Excel.run`. The batch waits while a cell is being edited instead of failing
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit); transient
 * errors are retried from the top (every attempt re-reads), the rest come back as values.
 */
export async function runExcel<T>(
  work: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {},
): Promise<Result<T, ProcsheetError>> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await Excel.run({ delayForCellEdit: true }, work);
      return { ok: true, value };
    } catch (e) {
      if (isOfficeError(e) && TRANSIENT.has(e.code ?? "") && attempt < attempts) {
        await sleep(500 * 2 ** (attempt - 1));
        continue;
      }
      if (e instanceof ExpectedFailure) return { ok: false, error: e.error };
      if (!isOfficeError(e)) throw e;
      return { ok: false, error: excelError(e) };
    }
  }
}

/** Thrown inside `runExcel` work to stop with an error the user can act on (not a bug, not Excel's). */
export class ExpectedFailure extends Error {
  constructor(readonly error: ProcsheetError) {
    super(error.message);
  }
}
