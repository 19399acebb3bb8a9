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

/** ECMAScript's own date-time format with an explicit offset: `Date.parse` reads it the same in every time zone. */
const ZONED_ES_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `$toMillis` of a literal, worked out once at compile time when the answer cannot depend on when or
 * where it runs (explicit offset, spec format, accepted by jsonata's pattern); otherwise `undefined`.
 */
export function constantMillis(text: string): number | undefined {
  if (!ISO_8601.test(text) || !ZONED_ES_FORMAT.test(text)) return undefined;
  return Date.parse(text);
}
