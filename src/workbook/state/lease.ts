/**
 * Who routes a shared register's edits (docs/specification.md §5.6). Several people may have a register
 * open with Procsheet at once; exactly one of their add-ins — the holder of the lease — routes edits and
 * writes History, so no edit is routed twice. The lease is kept in cells, which coauthoring synchronizes,
 * not in the document's custom XML or settings, which Procsheet does not rely on being shared.
 */
export interface Lease {
  /** The holding add-in instance (a random token per pane or runtime). */
  readonly holder: string;
  /** Who that is, for the other co-authors' panes ("Routing in Li Na's Excel"). */
  readonly name: string;
  /** Milliseconds since the epoch; after it the lease is free to take. */
  readonly expires: number;
  /** Raised on every takeover: a holder's state written under another generation is out of date. */
  readonly generation: number;
}

/** How long a lease lasts without renewal, and how often a holder renews it. */
export const LEASE_MS = 60_000;
export const RENEW_MS = 20_000;

export type LeaseStanding =
  | { readonly kind: "mine"; readonly lease: Lease }
  | { readonly kind: "free"; readonly generation: number }
  | { readonly kind: "held"; readonly lease: Lease };

/** Where this instance stands: holder, free to take (nobody holds it, or it expired), or held by another. */
export function leaseStanding(lease: Lease | undefined, me: string, nowMs: number): LeaseStanding {
  if (!lease) return { kind: "free", generation: 0 };
  if (lease.holder === me && lease.expires > nowMs) return { kind: "mine", lease };
  if (lease.expires <= nowMs || lease.holder === "") return { kind: "free", generation: lease.generation };
  return { kind: "held", lease };
}

/** The lease row's cells: process id, holder, name, expiry (ms), generation. */
export type LeaseCells = readonly [string, string, string, number, number];

export function leaseCells(processId: string, lease: Lease): LeaseCells {
  return [processId, lease.holder, lease.name, lease.expires, lease.generation];
}

export function leaseFromCells(cells: readonly unknown[]): Lease | undefined {
  const [, holder, name, expires, generation] = cells;
  if (typeof holder !== "string" || typeof expires !== "number" || typeof generation !== "number")
    return undefined;
  return { holder, name: typeof name === "string" ? name : "", expires, generation };
}
