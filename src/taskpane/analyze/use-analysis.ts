import { useCallback, useEffect } from "react";
import { analyzeHistory, type Analysis } from "../../core/analysis/analyze";
import { loadProcess } from "../../core/definition/load";
import type { ProcsheetError } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { yieldToUi } from "../clock";
import { useAction, type Action } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";

/**
 * Reads History and the register and measures the process against its saved definition (Monte Carlo
 * included): work in progress from the register's step-start dates, its dates where History lacks them.
 */
export function useAnalysis(binding: ProcessBinding): Action<Analysis> & { readonly refresh: () => void } {
  const excel = useExcel();
  const clock = useClock();
  const action = useAction<Analysis>();
  const { run } = action;
  const refresh = useCallback(() => {
    void run(async () => {
      const past = await excel.readPast(binding);
      if (!past.ok) return past;
      const compiled = loadProcess(binding.definition);
      if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
      await yieldToUi(); // paint "analysing…" before the simulation runs
      const register = past.value.register.map((c) => c.row);
      return {
        ok: true,
        value: analyzeHistory(compiled.value, past.value.events, { now: clock(), register }),
      };
    });
  }, [run, excel, binding, clock]);
  useEffect(refresh, [refresh]);
  return { ...action, refresh };
}
