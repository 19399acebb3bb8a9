import { createContext, useContext, type ReactNode } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import { useSession } from "./session-context";

/** A definition being edited, and the one way to change it. */
export interface DraftEditing {
  readonly draft?: ProcessDefinition;
  readonly edit: (update: (draft: ProcessDefinition) => ProcessDefinition) => void;
}

const DraftContext = createContext<DraftEditing | undefined>(undefined);

/**
 * Gives the editors below it a definition of its own to edit — a new process built from blank, not yet in
 * the workbook — instead of the open process's draft.
 */
export function DraftProvider({
  value,
  children,
}: {
  readonly value: DraftEditing;
  readonly children: ReactNode;
}) {
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

/** What the editors edit: the nearest DraftProvider's definition, else the open process's unsaved draft. */
export function useDraft(): DraftEditing {
  const own = useContext(DraftContext);
  const { draft, edit } = useSession();
  return own ?? { ...(draft ? { draft } : {}), edit };
}
