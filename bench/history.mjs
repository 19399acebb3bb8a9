// Learning from History at scale (issue 13): the procurement sample's register and its fifteen weeks of
// History, copied N times under new case IDs (default 100: ~5,000 cases, ~72,000 events), then
//   backtestMs         — a draft moving review's 50,000 line to 80,000 tried on every visit (no "why")
//   backtestTraceMs    — the same keeping the why of every change, as the pane does
//   analyzeMs          — analyzeHistory with the register (WIP, dates, on time per step, breaches)
//   xesMs / csvMs      — the log as XES and as CSV, with their sizes
// Build first: npx tsc -p tsconfig.cli.json   Usage: node bench/history.mjs [--copies=100]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import console from "node:console";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lib = (p) => require(path.join(root, "lib/src", p));
const { loadProcess } = lib("core/definition/load.js");
const { backtest } = lib("core/backtest/backtest.js");
const { analyzeHistory } = lib("core/analysis/analyze.js");
const { sampleRegister } = lib("workbook/sample/sample-register.js");
const { logCases } = lib("workbook/export/log-cases.js");
const { xesDocument } = lib("workbook/export/xes.js");
const { logCsv, logTable } = lib("workbook/export/csv-log.js");

const copiesArg = process.argv.find((a) => a.startsWith("--copies="));
const COPIES = copiesArg ? Number(copiesArg.slice(9)) : 100;
const NOW = "2026-03-02T09:00:00";

const def = JSON.parse(readFileSync(path.join(root, "templates/procurement.process.json"), "utf8"));
const current = loadProcess(def).value;
const draftDef = JSON.parse(JSON.stringify(def));
const review = draftDef.steps.find((s) => s.id === "review");
review.owner[0].when = "amount > 80000";
review.next = [
  { when: "amount > 80000", goto: "budget" },
  { when: "amount <= 80000", goto: "rfq" },
];
draftDef.tests = draftDef.tests.filter((t) => t.step !== "review");
const draft = loadProcess(draftDef).value;

const time = async (f) => {
  const t = performance.now();
  const value = await f();
  return [Math.round(performance.now() - t), value];
};

const [sampleMs, made] = await time(() => sampleRegister(current, NOW));
const events = [];
const rows = [];
for (let k = 0; k < COPIES; k++) {
  for (const e of made.events) events.push({ ...e, caseId: `${e.caseId}-${k}` });
  for (const r of made.rows) if (r.id) rows.push({ ...r, id: `${r.id}-${k}` });
}
const register = rows.map((row) => ({ id: row.id, row }));
const [backtestMs, r] = await time(() => backtest(current, draft, events, register, { now: NOW }));
const [backtestTraceMs] = await time(() =>
  backtest(current, draft, events, register, { now: NOW, trace: true }),
);
const [analyzeMs] = await time(() => analyzeHistory(current, events, { now: NOW, register: rows }));
const cases = logCases(events, rows);
const [xesMs, xes] = await time(() => xesDocument(current, cases, { lang: "en", utcOffsetMinutes: 480 }));
const [csvMs, csv] = await time(() => logCsv(logTable(current, cases, "en")));
console.log(
  JSON.stringify({
    bench: "history",
    sampleMs,
    cases: r.cases,
    events: events.length,
    visits: r.visits,
    backtestMs,
    visitsPerSec: Math.round((r.visits / backtestMs) * 1000),
    backtestTraceMs,
    analyzeMs,
    xesMs,
    xesMB: +(xes.length / 1e6).toFixed(1),
    csvMs,
    csvMB: +(csv.length / 1e6).toFixed(1),
  }),
);
