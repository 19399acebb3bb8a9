import type { ProcsheetError, Result } from "../../core/result";
import { runExcel } from "../excel-run";
import { queuePeople, withPeople, type PeopleRead } from "./people-read";

/** The workbook's People (docs/specification.md §8.2), for the role editor and the New case form. */
export async function readPeople(): Promise<Result<PeopleRead, ProcsheetError>> {
  return runExcel((context) =>
    withPeople(async (mode) => {
      const get = queuePeople(context, mode);
      await context.sync();
      return get(context);
    }),
  );
}
