import { useEffect, useState } from "react";
import type { RuleRow } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { explainRow, type RowExplanation } from "../../core/rules/explain";
import type { ProcsheetError } from "../../core/result";
import { unexpectedError } from "../components/errors";
import { useClock, useExcel } from "../excel-context";

/** What `process`'s rules decide for `row` at `stepId`, re-evaluated whenever any of them changes. */
export function useExplanation(
  process: CompiledProcess | undefined,
  row: RuleRow | undefined,
  stepId: string | undefined,
): { readonly explanation?: RowExplanation; readonly error?: ProcsheetError } {
  const clock = useClock();
  const excel = useExcel();
  const [state, setState] = useState<{ explanation?: RowExplanation; error?: ProcsheetError }>({});
  useEffect(() => {
    if (!process || !row || !stepId || !process.stepById.has(stepId)) {
      setState({});
      return undefined;
    }
    let live = true;
    // Rules outside the fast path run in the runtime's rule worker: a rule being typed cannot freeze the pane.
    (excel.ruleHost?.() ?? Promise.resolve(undefined))
      .then((rules) => explainRow(process, row, stepId, clock(), rules))
      .then((explanation) => live && setState({ explanation }))
      .catch((e: unknown) => live && setState({ error: unexpectedError(e) }));
    return () => {
      live = false;
    };
  }, [excel, process, row, stepId, clock]);
  return state;
}
