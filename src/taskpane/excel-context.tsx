import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Automation, ProcsheetExcel } from "../excel/api-types";
import { localNow, type Clock } from "./clock";

interface ExcelEnvironment {
  readonly excel: ProcsheetExcel;
  readonly clock: Clock;
  readonly automation?: Automation;
}

const ExcelContext = createContext<ExcelEnvironment | undefined>(undefined);

export interface ExcelProviderProps {
  /** The workbook surface: the real one from src/excel/api.ts (over the simulated Excel in tests and the workbench). */
  readonly excel: ProcsheetExcel;
  /** Injected so tests and the workbench can pin time. */
  readonly clock?: Clock;
  /** Automatic routing running in this runtime (index.tsx starts it before the pane renders). */
  readonly automation?: Automation;
  readonly children: ReactNode;
}

/** Gives every component below it the one typed way to reach the workbook. */
export function ExcelProvider({ excel, clock = localNow, automation, children }: ExcelProviderProps) {
  const value = useMemo(
    () => ({ excel, clock, ...(automation ? { automation } : {}) }),
    [excel, clock, automation],
  );
  return <ExcelContext.Provider value={value}>{children}</ExcelContext.Provider>;
}

function useEnvironment(): ExcelEnvironment {
  const env = useContext(ExcelContext);
  if (!env) throw new Error("useExcel() needs an <ExcelProvider> above it");
  return env;
}

/** The workbook operations the pane may call (src/excel/api-types.ts). */
export function useExcel(): ProcsheetExcel {
  return useEnvironment().excel;
}

/** The current local time, as core functions take it. */
export function useClock(): Clock {
  return useEnvironment().clock;
}

/** Automatic routing in this runtime, when it runs (not in every test). */
export function useAutomation(): Automation | undefined {
  return useEnvironment().automation;
}
