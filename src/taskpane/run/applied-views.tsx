import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { ViewKind } from "../../excel/api-types";

/** The view last applied to a process's register from this pane, and how many rows it showed. */
export interface AppliedView {
  readonly view: ViewKind;
  readonly rows: number;
}

interface AppliedViews {
  readonly get: (processId: string) => AppliedView | undefined;
  readonly set: (processId: string, applied: AppliedView) => void;
}

const AppliedViewsContext = createContext<AppliedViews | undefined>(undefined);

/**
 * Keeps each register's applied view above the tabs, so that the Views panel — unmounted whenever another
 * tab is open — shows the filter that is on the sheet, not its default (Open while Overdue is applied).
 */
export function AppliedViewsProvider({ children }: { readonly children: ReactNode }) {
  const [views, setViews] = useState<ReadonlyMap<string, AppliedView>>(new Map());
  const set = useCallback(
    (processId: string, applied: AppliedView) => setViews((m) => new Map(m).set(processId, applied)),
    [],
  );
  const value = useMemo(() => ({ get: (id: string) => views.get(id), set }), [views, set]);
  return <AppliedViewsContext.Provider value={value}>{children}</AppliedViewsContext.Provider>;
}

/** The view applied to `processId`'s register from this pane, and the way to record a new one. */
export function useAppliedView(
  processId: string,
): readonly [AppliedView | undefined, (applied: AppliedView) => void] {
  const views = useContext(AppliedViewsContext);
  const set = useCallback((applied: AppliedView) => views?.set(processId, applied), [views, processId]);
  return [views?.get(processId), set];
}
