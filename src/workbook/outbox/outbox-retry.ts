import { formatDateTime, parseLocal } from "../../core/time/local-time";
import type { OutboxRow } from "./outbox-table";

/** After this many failed attempts a message is failed for good (docs/notifications.md). */
export const MAX_ATTEMPTS = 8;
const FIRST_WAIT_MS = 5 * 60_000;
const LONGEST_WAIT_MS = 24 * 60 * 60_000;

/**
 * When a message that failed `attempts` times is tried again: 5 minutes × 2^(attempts − 1) after `now`,
 * at most a day.
 * @example nextTry("2026-03-09T08:00:00", 3) === "2026-03-09T08:20:00"
 */
export function nextTry(now: string, attempts: number): string {
  const t = parseLocal(now) ?? 0;
  const wait = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1));
  return formatDateTime(t + wait);
}

/** Whether a row is to be sent at `now`: pending, and its next try (if any) has come. */
export function isDue(row: OutboxRow, now: string): boolean {
  return row.status === "pending" && (row.nextTry === undefined || row.nextTry <= now);
}

/**
 * A row after one attempt at `now`: sent; or, on failure, pending with the error and its next try, failed
 * for good after MAX_ATTEMPTS or when trying again cannot help.
 */
export function afterAttempt(
  row: OutboxRow,
  outcome: { readonly ok: true } | { readonly ok: false; readonly error: string; readonly retry: boolean },
  now: string,
): OutboxRow {
  const attempts = row.attempts + 1;
  const { lastError: _e, nextTry: _n, ...rest } = row;
  if (outcome.ok) return { ...rest, status: "sent", attempts };
  const failed = !outcome.retry || attempts >= MAX_ATTEMPTS;
  return {
    ...rest,
    status: failed ? "failed" : "pending",
    attempts,
    lastError: outcome.error.slice(0, 1000),
    ...(failed ? {} : { nextTry: nextTry(now, attempts) }),
  };
}
