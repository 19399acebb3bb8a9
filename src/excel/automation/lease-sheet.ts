import { leaseCells, leaseFromCells, type Lease } from "../../workbook/state/lease";
import { safeText } from "../../workbook/excel-cell";

/**
 * The routing lease lives in cells on a hidden sheet, one row per process (docs/specification.md §5.6):
 * cells are what coauthoring synchronizes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins). Hidden, not very
 * hidden: a person may look, and the sheet says what it is.
 */
export const LEASE_SHEET = "Procsheet routing";
const HEADER = ["Process", "Holder", "Name", "Expires", "Generation"];
/** Rows read: the header and up to this many processes (a workbook holds a handful). */
const ROWS = 16;

export interface LeaseRead {
  readonly lease: Lease | undefined;
  /** 0-based sheet row of the process's lease, or the first free row. */
  readonly row: number;
}

function rows(values: readonly (readonly unknown[])[], processId: string): LeaseRead {
  const at = values.findIndex((r, i) => i > 0 && r[0] === processId);
  if (at > 0) return { lease: leaseFromCells(values[at] ?? []), row: at };
  const free = values.findIndex((r, i) => i > 0 && (r[0] === "" || r[0] === null || r[0] === undefined));
  return { lease: undefined, row: free > 0 ? free : values.length };
}

/** Queues a read of a process's lease on a workbook known to have the sheet (shares the caller's sync). */
export function queueReadLease(context: Excel.RequestContext, processId: string): () => LeaseRead {
  const range = context.workbook.worksheets
    .getItem(LEASE_SHEET)
    .getRangeByIndexes(0, 0, ROWS, HEADER.length)
    .load("values");
  return () => rows(range.values, processId);
}

/** Queues writing a process's lease at `row` (as queueReadLease found it). */
export function queueWriteLease(
  context: Excel.RequestContext,
  processId: string,
  row: number,
  lease: Lease,
): void {
  const cells = leaseCells(processId, lease).map((v) => (typeof v === "string" ? safeText(v) : v));
  context.workbook.worksheets.getItem(LEASE_SHEET).getRangeByIndexes(row, 0, 1, HEADER.length).values = [
    cells,
  ];
}

/**
 * Makes the lease sheet when the workbook has none (one sync to look, one to add), hidden, headed. Returns
 * whether it had to be made.
 */
export async function ensureLeaseSheet(context: Excel.RequestContext): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEASE_SHEET);
  await context.sync();
  if (!sheet.isNullObject) return false;
  const added = context.workbook.worksheets.add(LEASE_SHEET);
  added.getRangeByIndexes(0, 0, 1, HEADER.length).values = [HEADER];
  added.visibility = Excel.SheetVisibility.hidden;
  await context.sync();
  return true;
}
