import { failure } from "./errors";

/** jsonata's `iso8601regex` (datetime.js), character for character. */
const ISO_8601 = /^\d{4}(-[01]\d)?(-[0-3]\d)?(T[0-2]\d:[0-5]\d:[0-5]\d)?(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$/;

/**
 * `$toMillis(timestamp)` without a picture: jsonata checks the text against its ISO 8601 pattern and
 * then hands it to `Date.parse`. Calling the same host function is the only way to agree with it on
 * every input the pattern lets through: date-only text is UTC, date-time text without an offset is
 * the host's local time, and the pattern admits text the ISO grammar does not (`2024T10:00:00`,
 * `+0100`, `T24:00:00`, `2024-02-30`), which V8 resolves its own way (the last one to 1 March) or to NaN.
 * (The picture form is not in the fast subset.)
 */
export function toMillis(timestamp: string): number {
  if (!ISO_8601.test(timestamp)) throw failure("D3110", { value: timestamp });
  return Date.parse(timestamp);
}
