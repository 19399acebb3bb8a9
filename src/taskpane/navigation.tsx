import { createContext, useContext } from "react";

/** The loop's steps, in order, as the pane's tabs. */
export const TABS = ["start", "goals", "map", "rules", "test", "run", "analyze", "repeat"] as const;
export type Tab = (typeof TABS)[number];

export interface Navigation {
  readonly tab: Tab;
  /** The step the Rules editor shows (set by Map's "Edit rules"). */
  readonly ruleStep?: string;
  /** Raised each time the New case form is asked for (Start view, ribbon button): Run opens it. */
  readonly newCase?: number;
  readonly go: (tab: Tab, options?: { readonly stepId?: string; readonly newCase?: boolean }) => void;
}

export const NavigationContext = createContext<Navigation>({ tab: "start", go: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
