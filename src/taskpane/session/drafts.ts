import type { ProcessDefinition } from "../../core/definition/types";

/**
 * Unsaved edits to process definitions, one draft per process. Goals, Map, Rules and Test all edit the
 * same draft; nothing reaches the workbook until the person presses Save.
 */
export interface DraftState {
  readonly drafts: Readonly<Record<string, ProcessDefinition>>;
}

export type DraftAction =
  | {
      readonly type: "edit";
      readonly processId: string;
      /** The saved definition, the starting point of a new draft. */
      readonly base: ProcessDefinition;
      readonly update: (draft: ProcessDefinition) => ProcessDefinition;
    }
  | { readonly type: "discard"; readonly processId: string };

export const NO_DRAFTS: DraftState = { drafts: {} };

function same(a: ProcessDefinition, b: ProcessDefinition): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function without(drafts: DraftState["drafts"], id: string): DraftState["drafts"] {
  const { [id]: _gone, ...rest } = drafts;
  return rest;
}

export function draftsReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case "edit": {
      const current = state.drafts[action.processId] ?? action.base;
      const next = action.update(current);
      if (next === current) return state;
      // Editing back to the saved definition leaves nothing to save.
      if (same(next, action.base)) return { drafts: without(state.drafts, action.processId) };
      return { drafts: { ...state.drafts, [action.processId]: next } };
    }
    case "discard":
      return { drafts: without(state.drafts, action.processId) };
  }
}
