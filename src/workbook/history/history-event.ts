import type { ProcessEvent } from "../../core/sync/events";

/** A History row: the event plus the definition version it ran under (for before/after comparisons). */
export type HistoryEvent = ProcessEvent & { readonly version?: number };
