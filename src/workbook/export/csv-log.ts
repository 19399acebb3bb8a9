import type { Lang } from "../../words/lang";
import "../../words/log-export";
import { say } from "../../words/say";
import type { CompiledProcess } from "../../core/process";
import type { CellOutput } from "../../core/register/cell-value";
import { headerFor } from "../../core/register/columns";
import { looksLikeFormula } from "../../core/register/formula-guard";
import { encodeCell } from "../../core/register/row-codec";
import { formatDate, parseLocal } from "../../core/time/local-time";
import { stepName } from "../charts/labels";
import { eventLabel } from "../history/event-words";
import type { LogCase } from "./log-cases";

/** The log as a table: a header, and one row per step visit, cells as the core writes them. */
export interface LogTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellOutput[])[];
}

function time(at: string | undefined): CellOutput {
  const t = at === undefined ? undefined : parseLocal(at);
  return t === undefined ? { kind: "empty" } : { kind: "date", value: t, time: true };
}

/**
 * One row per step visit (docs/specification.md §4.11): case ID, activity (the step's name), start,
 * complete (empty while the case is still there), resource (the owner when it ended), event type (the
 * History event that ended it), then the register's fields as the register shows them, in `lang`.
 */
export function logTable(process: CompiledProcess, cases: readonly LogCase[], lang: Lang): LogTable {
  const fields = process.definition.fields ?? [];
  const headers = [
    say("log.caseId", {}, lang),
    say("log.activity", {}, lang),
    say("log.start", {}, lang),
    say("log.complete", {}, lang),
    say("log.resource", {}, lang),
    say("log.eventType", {}, lang),
    ...fields.map((f) => headerFor(process, f.key, lang)),
  ];
  const rows: CellOutput[][] = [];
  for (const c of cases) {
    const values = fields.map((f) => encodeCell(process, f.key, c.row?.[f.key], lang));
    for (const v of c.visits)
      rows.push([
        { kind: "text", value: c.caseId },
        { kind: "text", value: stepName(process, v.step, lang) },
        time(v.start),
        time(v.complete),
        v.resource ? { kind: "text", value: v.resource } : { kind: "empty" },
        v.end ? { kind: "text", value: eventLabel(v.end, lang) } : { kind: "empty" },
        ...values,
      ]);
  }
  return { headers, rows };
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Text a spreadsheet would run as a formula gets a leading `'`, on every line of the cell (docs/reliability.md §1). */
function guard(text: string): string {
  const risky = (line: string): boolean => looksLikeFormula(line) && !PLAIN_NUMBER.test(line.trim());
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && risky(part) ? `'${part}` : part))
    .join("");
}

function cellText(c: CellOutput): string {
  switch (c.kind) {
    case "empty":
      return "";
    case "text":
      return guard(c.value);
    case "number":
      return String(c.value);
    case "boolean":
      return c.value ? "TRUE" : "FALSE";
    case "date": {
      // "2026-01-05 09:00:00": what Excel and the mining tools read as a date and time without asking.
      const iso = new Date(c.value).toISOString();
      return c.time ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : formatDate(c.value);
    }
  }
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV text for BI and mining tools: UTF-8 with a byte-order mark (so Excel shows Chinese as
 * Chinese), CRLF line ends, fields quoted where they hold a comma, a quote, a line break or outer spaces,
 * formula-looking text guarded.
 */
export function logCsv(table: LogTable): string {
  const lines = [
    table.headers.map((h) => quoted(guard(h))),
    ...table.rows.map((r) => r.map((c) => quoted(cellText(c)))),
  ];
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}
