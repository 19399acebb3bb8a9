import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ProcsheetExcel } from "../excel/api-types";
import { localNow, type Clock } from "./clock";

interface ExcelEnvironment {
  readonly excel: ProcsheetExcel;
  readonly clock: Clock;
}

const ExcelContext = createContext<ExcelEnvironment | undefined>(undefined);

export interface ExcelProviderProps {
  /** The workbook surface: the real one from src/excel/api.ts (over the simulated Excel in tests and the workbench). */
  readonly excel: ProcsheetExcel;
  /** Injected so tests and the workbench can pin time. */
  readonly clock?: Clock;
  readonly children: ReactNode;
}

/** Gives every component below it the one typed way to reach the workbook. */
export function ExcelProvider({ excel, clock = localNow, children }: ExcelProviderProps) {
  const value = useMemo(() => ({ excel, clock }), [excel, clock]);
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
