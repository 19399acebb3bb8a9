import type { Person } from "../../core/people/person";
import type { CellInput } from "../../core/register/cell-value";
import type { ProcsheetError } from "../../core/result";
import { parsePeople, PEOPLE_TABLE } from "../../workbook/people/people-table";

/** People as a run read them: the rows, or why they cannot be used (the sync goes on without them). */
export interface PeopleRead {
  readonly people?: readonly Person[];
  readonly problems?: readonly ProcsheetError[];
}

/**
 * How the People table is looked for: `assume` reads it in the caller's batch (no sync of its own — every
 * register made or adopted since People exists has it); `check` asks first whether it exists, and reads it
 * with one more sync only when it does (a workbook from before People).
 */
export type PeopleMode = "assume" | "check";

function fromRange(sheet: string, values: readonly (readonly CellInput[])[]): PeopleRead {
  const [header = [], ...rows] = values;
  const parsed = parsePeople(sheet, header, rows);
  return parsed.ok ? { people: parsed.value } : { problems: parsed.error };
}

/**
 * Queues the People table's read (docs/specification.md §8.2) for the caller's next sync. A method called on
 * a table that does not exist fails the whole batch with ItemNotFound (test/excel-sim README, null objects):
 * in `assume` mode the caller runs its batch again in `check` mode (withPeople).
 */
export function queuePeople(
  context: Excel.RequestContext,
  mode: PeopleMode,
): (context: Excel.RequestContext) => Promise<PeopleRead> {
  if (mode === "assume") {
    const table = context.workbook.tables.getItem(PEOPLE_TABLE);
    const range = table.getRange().load("values");
    const sheet = table.worksheet.load("name");
    return async () => fromRange(sheet.name, range.values as CellInput[][]);
  }
  const maybe = context.workbook.tables.getItemOrNullObject(PEOPLE_TABLE).load("name");
  return async (ctx) => {
    if (maybe.isNullObject) return {};
    const table = ctx.workbook.tables.getItem(PEOPLE_TABLE);
    const range = table.getRange().load("values");
    const sheet = table.worksheet.load("name");
    await ctx.sync();
    return fromRange(sheet.name, range.values as CellInput[][]);
  };
}

function isItemNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Runs a read that includes People, assuming the table is there; where the batch fails with ItemNotFound,
 * once more looking for it first (a missing register fails the second attempt too, and is reported).
 */
export async function withPeople<T>(read: (mode: PeopleMode) => Promise<T>): Promise<T> {
  try {
    return await read("assume");
  } catch (e) {
    if (!isItemNotFound(e)) throw e;
    return read("check");
  }
}
