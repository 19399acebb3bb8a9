import type { ProcessDefinition } from "../core/definition/types";
import type { Lang } from "../words/lang";

/** A saved earlier version of a process definition (the Repeat step's version history). */
export interface DefinitionVersion {
  readonly version: number;
  readonly savedAt: string;
  readonly definition: ProcessDefinition;
}

/**
 * A process bound to a register in this workbook. Stored in the workbook itself (store/document-store.ts),
 * so co-authors and the next session get the same process, version and column choices.
 */
export interface ProcessBinding {
  readonly id: string;
  readonly definition: ProcessDefinition;
  /** Raised each time the definition is edited in the pane; History rows carry it. */
  readonly version: number;
  readonly tableName: string;
  readonly historyTableName: string;
  /** Language of the register's own texts (status, step names). */
  readonly lang: Lang;
  /** Header (matchKey) → key, or "" to leave the column alone; chosen when a sheet was adopted. */
  readonly columnOverrides?: Readonly<Record<string, string>>;
  /** Earlier versions, newest first. */
  readonly versions?: readonly DefinitionVersion[];
  readonly boundAt: string;
  /**
   * Automatic mode (docs/specification.md §3.12): edits are routed as people make them, with no button
   * pressed. On for registers made or adopted since it exists; absent (off) in older workbooks.
   */
  readonly automatic?: boolean;
}

export interface WorkbookData {
  readonly schema: 1;
  readonly processes: readonly ProcessBinding[];
}

export const EMPTY_WORKBOOK: WorkbookData = { schema: 1, processes: [] };

/** How many earlier definitions a workbook keeps; older ones are dropped first. */
export const MAX_VERSIONS = 20;

export function isWorkbookData(v: unknown): v is WorkbookData {
  return (
    typeof v === "object" &&
    v !== null &&
    (v as { schema?: unknown }).schema === 1 &&
    Array.isArray((v as { processes?: unknown }).processes)
  );
}
