import { caseNumber, formatCaseId } from "../../core/sync/case-id";
import { isProcessState, type ProcessState } from "./journal";

/** IDs as a workbook stores them: `PREFIX-NNNN` as its number (the compact form), any other ID as text. */
export function compactIds(prefix: string, ids: Iterable<string>): (number | string)[] {
  const out: (number | string)[] = [];
  for (const id of ids) {
    const n = caseNumber(prefix, id);
    out.push(n !== undefined && formatCaseId(prefix, n) === id ? n : id);
  }
  return out;
}

export function expandId(prefix: string, id: number | string): string {
  return typeof id === "number" ? formatCaseId(prefix, id) : String(id);
}

/**
 * The state part as stored: the status snapshot as lists of case numbers per status, so a register of
 * 100,000 cases keeps its state part near 1 MB and a sync's journal and state fit one request under
 * Excel on the web's 5 MB (docs/specification.md §5.2). Older workbooks store `snapshot` by ID: read too.
 */
export interface StoredState extends Omit<ProcessState, "snapshot"> {
  readonly statuses?: Readonly<Record<string, readonly (number | string)[]>>;
  readonly snapshot?: Readonly<Record<string, string>>;
}

export function storeState(prefix: string, state: ProcessState): StoredState {
  const { snapshot, ...rest } = state;
  if (!snapshot) return rest;
  const byStatus = new Map<string, string[]>();
  for (const [id, status] of Object.entries(snapshot)) {
    const list = byStatus.get(status);
    if (list) list.push(id);
    else byStatus.set(status, [id]);
  }
  const statuses: Record<string, (number | string)[]> = {};
  for (const [status, ids] of byStatus) statuses[status] = compactIds(prefix, ids);
  return { ...rest, statuses };
}

export function loadState(prefix: string, raw: unknown): ProcessState {
  if (!isProcessState(raw)) return {};
  const { statuses, snapshot, ...rest } = raw as StoredState;
  if (snapshot && typeof snapshot === "object") return { ...rest, snapshot };
  if (!statuses || typeof statuses !== "object") return rest;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [status, ids] of Object.entries(statuses))
    if (Array.isArray(ids)) for (const id of ids) out[expandId(prefix, id)] = status;
  return { ...rest, snapshot: out };
}
