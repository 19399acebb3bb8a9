import type { ProcessEvent } from "../../core/sync/events";
import type { StoredMemory } from "./register-state";

/** A cell value as Excel's `values` reads it back. */
export type RawCell = string | number | boolean;

/** One cell a sync changed: enough to verify it later and to put it back. */
export interface JournalCell {
  readonly id: string;
  readonly key: string;
  readonly before: RawCell;
  /** What Excel will read back after our write (text without the protective apostrophe). */
  readonly after: RawCell;
}

/**
 * The record of one sync's writes, stored before the writes in the same batch
 * (docs/reliability.md §3.1): a batch that fails half-way leaves state "writing", and the next sync
 * finishes it without duplicating History; a finished one is what "Undo last sync" reverses.
 */
export interface SyncJournal {
  readonly runId: string;
  readonly at: string;
  readonly state: "writing" | "done" | "undone";
  readonly version: number;
  readonly cells: readonly JournalCell[];
  readonly events: readonly ProcessEvent[];
  /** History body rows before this sync appended its events. */
  readonly historyRowsBefore: number;
  /** Set when the sync changed too many cells to keep their old values; undo is then unavailable. */
  readonly truncated?: boolean;
}

/** Per-process state kept in the workbook next to the binding. */
export interface ProcessState {
  readonly journal?: SyncJournal;
  /** Case ID → canonical status as last seen by Procsheet, for change tracking. */
  readonly snapshot?: Readonly<Record<string, string>>;
  /** What the last sync left in the register, for syncing only the rows people change (register-state.ts). */
  readonly memory?: StoredMemory;
  /** The routing lease's generation this state was written under (docs/specification.md §5.6). */
  readonly generation?: number;
}

export function isProcessState(v: unknown): v is ProcessState {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Journals above this many cells keep no old values: the state part must stay well under 5 MB. */
export const MAX_JOURNAL_CELLS = 60_000;

/** What a journal records of a planned sync. */
export interface JournalInput {
  readonly now: string;
  readonly version: number;
  readonly cells: readonly {
    readonly id: string;
    readonly key: string;
    readonly before: RawCell;
    readonly after: RawCell;
  }[];
  readonly events: readonly ProcessEvent[];
  readonly historyRowsBefore: number;
}

/**
 * The journal of a sync about to write (state "writing") or written ("done"). Above MAX_JOURNAL_CELLS it
 * keeps no old values (undo is then unavailable) so the state part stays well under Excel's 5 MB.
 */
export function journalFor(input: JournalInput, state: SyncJournal["state"]): SyncJournal {
  const tooBig = input.cells.length > MAX_JOURNAL_CELLS || input.events.length > MAX_JOURNAL_CELLS;
  return {
    runId: `${input.now}#${input.version}#${input.cells.length}`,
    at: input.now,
    state,
    version: input.version,
    cells: tooBig ? [] : input.cells.map((c) => ({ id: c.id, key: c.key, before: c.before, after: c.after })),
    events: tooBig ? [] : input.events,
    historyRowsBefore: input.historyRowsBefore,
    ...(tooBig ? { truncated: true } : {}),
  };
}
