import type { Lang } from "../../words/lang";
import type { FieldDef, RuleValue } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { resolveText } from "../../core/text";
import { parseLocal } from "../../core/time/local-time";
import { stepName } from "../charts/labels";
import type { LogCase, LogEvent } from "./log-cases";

/** What an XES export needs besides the log: the language of names, and the workbook's offset from UTC. */
export interface XesOptions {
  readonly lang: Lang;
  /** Minutes east of UTC (+480 for China): History holds wall-clock times, XES wants them with an offset. */
  readonly utcOffsetMinutes: number;
}

// XML 1.0 forbids most control characters and lone surrogates even escaped; they become U+FFFD.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as an XML attribute value: `& < > " '` as entities, tabs and line breaks as character references (a
 * parser would fold them into spaces), characters XML cannot hold as U+FFFD.
 * @example xmlAttribute('a & "b"') === "a &amp; &quot;b&quot;"
 */
export function xmlAttribute(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/**
 * `±HH:MM` for minutes east of UTC.
 * @example utcOffsetText(480) === "+08:00"; utcOffsetText(-210) === "-03:30"
 */
export function utcOffsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(Math.round(minutes));
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * An offset from UTC as people write it — `+08:00`, `-05:00`, `+0530`, `+8`, `Z` — in minutes east of
 * UTC; undefined for anything else (beyond ±14 hours, or minutes past 59).
 * @example parseUtcOffset("+05:30") === 330
 */
export function parseUtcOffset(text: string): number | undefined {
  const t = text.trim();
  if (/^z$/i.test(t)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? "0");
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/** A wall-clock time as an xs:dateTime with milliseconds and the workbook's offset. */
function xesTime(local: string, offset: string): string {
  const t = parseLocal(local);
  const iso = t === undefined ? local : new Date(t).toISOString().slice(0, 23);
  return `${iso}${offset}`;
}

type XesType = "string" | "int" | "float" | "date" | "boolean";

function attribute(type: XesType, key: string, value: string): string {
  return `<${type} key="${xmlAttribute(key)}" value="${xmlAttribute(value)}"/>`;
}

/** A register field's value as a typed trace attribute (docs/specification.md §4.11), or undefined when empty. */
function fieldAttribute(
  process: CompiledProcess,
  field: FieldDef,
  value: RuleValue | undefined,
  o: XesOptions,
): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const offset = utcOffsetText(o.utcOffsetMinutes);
  switch (field.type) {
    case "number":
      if (typeof value !== "number") return attribute("string", field.key, String(value));
      return field.format === "integer" && Number.isInteger(value)
        ? attribute("int", field.key, String(value))
        : attribute("float", field.key, String(value));
    case "boolean":
      return typeof value === "boolean"
        ? attribute("boolean", field.key, String(value))
        : attribute("string", field.key, String(value));
    case "date":
    case "datetime":
      return typeof value === "string" && parseLocal(value) !== undefined
        ? attribute("date", field.key, xesTime(value, offset))
        : attribute("string", field.key, String(value));
    case "choice": {
      const choice = field.choices?.find((c) => (typeof c === "string" ? c : c.value) === value);
      const label = choice && typeof choice !== "string" ? resolveText(choice.label, o.lang) : "";
      return attribute("string", field.key, label || String(value));
    }
    default:
      return attribute("string", field.key, String(value));
  }
}

function eventXml(process: CompiledProcess, e: LogEvent, o: XesOptions, offset: string): string[] {
  const out = [
    attribute("string", "concept:name", stepName(process, e.step, o.lang)),
    attribute("date", "time:timestamp", xesTime(e.at, offset)),
    attribute("string", "lifecycle:transition", e.transition),
  ];
  if (e.resource) out.push(attribute("string", "org:resource", e.resource));
  out.push(attribute("string", "eventType", e.type), attribute("string", "status", e.status));
  if (e.by) out.push(attribute("string", "by", e.by));
  if (e.field !== undefined) out.push(attribute("string", "field", e.field));
  if (e.from !== undefined) out.push(attribute("string", "from", String(e.from)));
  if (e.to !== undefined) out.push(attribute("string", "to", String(e.to)));
  return ["\t\t<event>", ...out.map((a) => `\t\t\t${a}`), "\t\t</event>"];
}

/**
 * The log as an IEEE 1849-2016 XES document (docs/specification.md §4.11): the Concept, Time,
 * Organizational and Lifecycle extensions declared, global trace and event attributes, an activity
 * classifier; one trace per case (`concept:name` the case ID, the register's fields as typed attributes)
 * and one event per History event (`concept:name` the step's name, `time:timestamp` with the workbook's
 * offset, `lifecycle:transition`, `org:resource` the owner, `eventType` Procsheet's event). Every text is
 * escaped. No namespace: the standard's schema has none, and the mining tools read both.
 */
export function xesDocument(process: CompiledProcess, cases: readonly LogCase[], o: XesOptions): string {
  const offset = utcOffsetText(o.utcOffsetMinutes);
  const fields = process.definition.fields ?? [];
  const name = resolveText(process.definition.name, o.lang) || process.definition.id;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1849.2016">',
    '\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '\t<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '\t<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
    '\t<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '\t<global scope="trace">',
    `\t\t${attribute("string", "concept:name", "UNKNOWN")}`,
    "\t</global>",
    '\t<global scope="event">',
    `\t\t${attribute("string", "concept:name", "UNKNOWN")}`,
    `\t\t${attribute("date", "time:timestamp", "1970-01-01T00:00:00.000+00:00")}`,
    `\t\t${attribute("string", "lifecycle:transition", "complete")}`,
    `\t\t${attribute("string", "eventType", "unknown")}`,
    `\t\t${attribute("string", "status", "todo")}`,
    "\t</global>",
    '\t<classifier name="Activity" keys="concept:name"/>',
    '\t<classifier name="Activity_and_transition" keys="concept:name lifecycle:transition"/>',
    `\t${attribute("string", "concept:name", name)}`,
    `\t${attribute("string", "lifecycle:model", "standard")}`,
    `\t${attribute("string", "source", "Procsheet")}`,
  ];
  for (const c of cases) {
    lines.push("\t<trace>", `\t\t${attribute("string", "concept:name", c.caseId)}`);
    for (const f of fields) {
      const a = fieldAttribute(process, f, c.row?.[f.key], o);
      if (a) lines.push(`\t\t${a}`);
    }
    for (const e of c.events) lines.push(...eventXml(process, e, o, offset));
    lines.push("\t</trace>");
  }
  lines.push("</log>", "");
  return lines.join("\n");
}
