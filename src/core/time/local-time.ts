/**
 * Wall-clock time without a zone (docs/specification.md §2.3: "local time, no zone").
 * A moment is a number of milliseconds since 1970-01-01T00:00:00 *as read on the wall*, so arithmetic
 * never meets a time zone or a DST jump, and the same register gives the same figures everywhere.
 */
export type LocalMillis = number;
/** Days since 1970-01-01 (a calendar date without time). */
export type DayNumber = number;

export const MS_PER_DAY = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;

function valid(y: number, m: number, d: number, ms: number): LocalMillis | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d) + ms;
  // Date.UTC rolls 2026-02-31 over into March; a date that moved was not a real date.
  const back = new Date(Date.UTC(y, m - 1, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return t;
}

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm[:ss]` (a space instead of `T` too). A trailing zone is not accepted.
 * @example parseLocal("2026-03-02T09:30:00") === Date.UTC(2026, 2, 2, 9, 30)
 */
export function parseLocal(text: string): LocalMillis | undefined {
  const s = text.trim();
  let m = DATE_RE.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]), 0);
  m = DATE_TIME_RE.exec(s);
  if (!m) return undefined;
  const h = Number(m[4]);
  const min = Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const milli = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  if (h > 23 || min > 59 || sec > 59) return undefined;
  return valid(Number(m[1]), Number(m[2]), Number(m[3]), ((h * 60 + min) * 60 + sec) * 1000 + milli);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** @example formatDate(Date.UTC(2026, 0, 5)) === "2026-01-05" */
export function formatDate(t: LocalMillis): string {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** @example formatDateTime(Date.UTC(2026, 0, 5, 9)) === "2026-01-05T09:00:00" */
export function formatDateTime(t: LocalMillis): string {
  const d = new Date(t);
  return `${formatDate(t)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export function dayOf(t: LocalMillis): DayNumber {
  return Math.floor(t / MS_PER_DAY);
}

export function startOfDay(day: DayNumber): LocalMillis {
  return day * MS_PER_DAY;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

// Excel's 1900 date system: serial 25569 is 1970-01-01. Serials below 61 sit before Lotus's phantom
// 1900-02-29 and are off by one; registers never hold such dates, so they are rejected instead of guessed.
const EXCEL_EPOCH_OFFSET = 25569;
const FIRST_SAFE_SERIAL = 61;

/** @example toExcelSerial(Date.UTC(2026, 0, 1, 12)) === 46023.5 */
export function toExcelSerial(t: LocalMillis): number {
  return t / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** Excel serial (1900 system) to local time, rounded to the whole second as Excel displays it. */
export function fromExcelSerial(serial: number): LocalMillis | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SAFE_SERIAL || serial > 2958465) return undefined;
  return Math.round((serial - EXCEL_EPOCH_OFFSET) * 86_400) * 1000;
}
