/**
 * Number formats: how `Range.text` shows a value. Dates are serial numbers in the 1900 date system
 * (serial 1 = 1900-01-01, serial 60 = the fictitious 1900-02-29):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates
 * https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
 *
 * Supported: General, 0, 0.00, #,##0, #,##0.00, 0%, 0.00%, @, date/time codes (yyyy yy mmmm mmm mm m dd d
 * hh h mm ss AM/PM), quoted literals, and up to four ';' sections. Anything else falls back to General
 * display (never throws) — see README "open-docs choices".
 */

const MS_PER_DAY = 86400000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Excel serial -> calendar parts (UTC arithmetic, no time zone). */
export function serialToParts(serial: number): DateParts {
  let whole = Math.floor(serial);
  let frac = serial - whole;
  let secs = Math.round(frac * 86400);
  if (secs >= 86400) {
    whole += 1;
    secs -= 86400;
  }
  frac = secs;
  const hour = Math.floor(frac / 3600);
  const minute = Math.floor((frac % 3600) / 60);
  const second = frac % 60;
  if (whole === 60) return { year: 1900, month: 2, day: 29, hour, minute, second };
  if (whole === 0) return { year: 1900, month: 1, day: 0, hour, minute, second };
  // Serials below 60 are one day off the real calendar because of the fictitious 1900-02-29.
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH_1899_12_30 + days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute, second };
}

/** Calendar date -> Excel serial. */
export function partsToSerial(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
  const serial = days <= 60 ? days - 1 : days;
  return serial + (hour * 3600 + minute * 60 + second) / 86400;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** General: up to 11 significant characters, scientific for very large or small magnitudes. */
export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split("e");
    const m = String(Number(mant));
    const e = Number(exp);
    return `${m.includes(".") ? m : m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 0 : 0));
  const s = Number(n.toFixed(Math.min(decimals, 20))).toString();
  return s;
}

function withThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumeric(n: number, section: string): string | undefined {
  // Literal text in quotes and backslash escapes are kept; the numeric placeholder part is formatted.
  const percent = section.includes("%");
  const value = percent ? n * 100 : n;
  const m = /([#0,]*0?)(\.(0+|#+))?/.exec(section.replace(/"[^"]*"/g, "").replace(/%/g, ""));
  const core = /[#0]/.test(section) ? m : null;
  if (!core) return undefined;
  const decimals = core[3]?.length ?? 0;
  const thousands = (core[1] ?? "").includes(",");
  const fixed = Math.abs(value).toFixed(decimals);
  const [i, f] = fixed.split(".");
  let out = thousands ? withThousands(i ?? "0") : (i ?? "0");
  if (f !== undefined) out += "." + f;
  // Re-insert literal prefix/suffix text.
  const placeholder = /[#0,.]+/.exec(section.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (!placeholder) return out;
  const prefix = section.slice(0, placeholder.index).replace(/"/g, "").replace(/\\/g, "");
  const suffix = section
    .slice(placeholder.index + placeholder[0].length)
    .replace(/"/g, "")
    .replace(/\\/g, "");
  return prefix + out + suffix;
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[ymdhs]/i.test(bare) && !/[#0]/.test(bare.replace(/\.0+/g, ""));
}

function formatDate(serial: number, section: string): string {
  if (serial < 0 || serial >= 2958466) return "#".repeat(11); // Excel shows ##### for out-of-range dates.
  const p = serialToParts(serial);
  const ampm = /AM\/PM|A\/P/i.test(section);
  const tokens =
    section.match(/"[^"]*"|\\.|AM\/PM|A\/P|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|\.0+|./gi) ??
    [];
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? "";
    const lower = t.toLowerCase();
    // "m"/"mm" directly after h or before s means minutes.
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[a-z]/i.test(x) && !/^[\s:/-]$/.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !/^[\s:/-]$/.test(x));
    const isMinute =
      (lower === "m" || lower === "mm") &&
      ((prev !== undefined && /^h/i.test(prev)) || (next !== undefined && /^s/i.test(next)));
    const hour12 = ((p.hour + 11) % 12) + 1;
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith("\\")) out += t.slice(1);
    else if (lower === "yyyy") out += String(p.year).padStart(4, "0");
    else if (lower === "yy") out += String(p.year % 100).padStart(2, "0");
    else if (isMinute) out += lower === "mm" ? String(p.minute).padStart(2, "0") : String(p.minute);
    else if (lower === "mmmmm") out += (MONTHS[p.month - 1] ?? "").slice(0, 1);
    else if (lower === "mmmm") out += MONTHS[p.month - 1] ?? "";
    else if (lower === "mmm") out += (MONTHS[p.month - 1] ?? "").slice(0, 3);
    else if (lower === "mm") out += String(p.month).padStart(2, "0");
    else if (lower === "m") out += String(p.month);
    else if (lower === "dddd" || lower === "ddd") {
      const dow = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
      out += lower === "dddd" ? (DAYS[dow] ?? "") : (DAYS[dow] ?? "").slice(0, 3);
    } else if (lower === "dd") out += String(p.day).padStart(2, "0");
    else if (lower === "d") out += String(p.day);
    else if (lower === "hh") out += String(ampm ? hour12 : p.hour).padStart(2, "0");
    else if (lower === "h") out += String(ampm ? hour12 : p.hour);
    else if (lower === "ss") out += String(p.second).padStart(2, "0");
    else if (lower === "s") out += String(p.second);
    else if (lower === "am/pm") out += p.hour < 12 ? "AM" : "PM";
    else if (lower === "a/p") out += p.hour < 12 ? "A" : "P";
    else if (t.startsWith(".0")) out += "." + "0".repeat(t.length - 1);
    else out += t;
  }
  return out;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The displayed text of one cell value under a number format. Never throws. */
export function formatValue(value: number | string | boolean | null, format: string | undefined): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = format ?? "General";
  const sections = splitSections(fmt);
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (textSection === undefined || !textSection.includes("@")) return value;
    return textSection.replace(/"/g, "").replace("@", value);
  }
  if (!Number.isFinite(value)) return String(value);
  try {
    let section = sections[0] ?? "General";
    let n = value;
    if (value < 0 && sections.length >= 2) {
      section = sections[1] ?? section;
      n = -value;
    } else if (value === 0 && sections.length >= 3) section = sections[2] ?? section;
    section = section.replace(/\[(Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color\d+)\]/gi, "");
    const trimmed = section.trim();
    if (trimmed === "" || /^general$/i.test(trimmed) || trimmed === "@") return formatGeneral(n);
    if (isDateFormat(section)) return formatDate(n, section);
    const out = formatNumeric(n, section);
    if (out === undefined) return formatGeneral(n);
    const signed =
      value < 0 && sections.length < 2 && Number(out.replace(/[^0-9.]/g, "")) !== 0 ? "-" + out : out;
    return signed;
  } catch {
    return formatGeneral(value);
  }
}
