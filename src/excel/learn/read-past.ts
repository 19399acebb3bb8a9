import type { RegisterCase } from "../../core/backtest/backtest";
import { registerCases } from "../../core/backtest/register-rows";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import type { HistoryEvent } from "../../workbook/history/history-event";
import { runExcel } from "../excel-run";
import { queueHistoryShape, readHistoryEvents } from "../history/history-source";
import { loadRegister } from "../register/load-register";

/** What a process has lived through: History's events and the register's cases (each readable or not). */
export interface Past {
  readonly events: readonly HistoryEvent[];
  readonly register: readonly RegisterCase[];
}

/**
 * History and the register, read in one go (register and History each in blocks): for the analysis (work
 * in progress from the register), the backtest (rules evaluated on each case's row) and the log export.
 */
export async function readPastIn(context: Excel.RequestContext, binding: ProcessBinding): Promise<Past> {
  const shape = queueHistoryShape(context, binding);
  const loaded = await loadRegister(context, binding);
  const events = await readHistoryEvents(context, binding, shape);
  const register = registerCases(loaded.process, loaded.map, loaded.contents.rows);
  return { events, register };
}

/** History and the register of a process, for the pane (one Excel.run). */
export async function readPast(binding: ProcessBinding): Promise<Result<Past, ProcsheetError>> {
  return runExcel((context) => readPastIn(context, binding));
}
