import type { Analysis } from "../../core/analysis/analyze";
import { analysisJson } from "../../core/analysis/analysis-json";
import { analyzeHistory, enoughClosed, MIN_CLOSED_CASES } from "../../core/analysis/analyze";
import type { SetAsideReason } from "../../core/analysis/set-aside";
import { breachesForReading } from "../../core/analysis/sla";
import type { Stats } from "../../core/analysis/stats";
import type { CompiledProcess } from "../../core/process";
import { resolveText } from "../../core/text";
import { eventLabel } from "../../workbook/history/event-words";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { EXIT } from "../failure";
import { readHistory } from "../files/history";
import { fileKind } from "../files/register";
import { guardSize } from "../files/size-guard";
import { loadProcessFile } from "../files/process-file";
import { readRegisterCases, registerBeside } from "../files/register-rows";
import { formatNumber, formatPercent, formatTable } from "../files/table-output";

const OPTIONS = {
  now: { type: "string" },
  json: { type: "boolean" },
  register: { type: "string" },
} as const;
const WEEKS_SHOWN = 12;
const BREACHES_SHOWN = 10;
const EXAMPLES_SHOWN = 5;
const REASONS: readonly SetAsideReason[] = ["unknownCase", "unknownStep", "beforeCreated", "duplicate"];

function statsRow(label: string, s: Stats): string[] {
  return [
    label,
    String(s.count),
    formatNumber(s.mean),
    formatNumber(s.p50),
    formatNumber(s.p85),
    formatNumber(s.p95),
  ];
}

function stepName(process: CompiledProcess, id: string, ctx: Context): string {
  const step = process.stepById.get(id);
  return step ? resolveText(step.def.name, ctx.lang) || id : id;
}

/**
 * One line per reason an event was set aside (count, up to 5 examples — the step by its name and the event
 * as History calls it, in the reader's language), and the cases seen without `created`.
 */
function reportSetAside(ctx: Context, process: CompiledProcess, a: Analysis): void {
  for (const reason of REASONS) {
    const events = a.setAside.filter((s) => s.reason === reason);
    if (events.length === 0) continue;
    const examples = events
      .slice(0, EXAMPLES_SHOWN)
      .map((e) =>
        ctx.m.setAsideExample(e.caseId, eventLabel(e.type, ctx.lang), stepName(process, e.step, ctx), e.at),
      );
    ctx.out(ctx.m.setAside(reason, events.length, examples, events.length - examples.length));
  }
  const partial = a.casesWithoutCreated;
  if (partial.length > 0)
    ctx.out(
      ctx.m.casesWithoutCreated(
        partial.length,
        partial.slice(0, EXAMPLES_SHOWN),
        partial.length - EXAMPLES_SHOWN,
      ),
    );
}

/** On time per step, the breaches (oldest due first, the first ten), and where the register's dates stood in. */
function reportSla(ctx: Context, process: CompiledProcess, a: Analysis): void {
  const m = ctx.m;
  const rates = Object.entries(a.onTimeByStep).filter((e): e is [string, number] => e[1] !== null);
  if (rates.length > 0)
    ctx.out(
      m.onTimeByStep(rates.map(([id, rate]) => [stepName(process, id, ctx), formatPercent(rate)] as const)),
    );
  if (a.breaches.length === 0) ctx.out(m.noBreaches);
  else {
    ctx.out(m.breaches(a.breaches.length, a.breaches.filter((b) => b.left === null).length));
    for (const b of breachesForReading(a.breaches).slice(0, BREACHES_SHOWN))
      ctx.out(
        m.breach(
          b.caseId,
          stepName(process, b.step, ctx),
          b.due,
          b.left?.replace("T", " ") ?? null,
          b.daysLate,
        ),
      );
    if (a.breaches.length > BREACHES_SHOWN) ctx.out(m.breachesMore(a.breaches.length - BREACHES_SHOWN));
  }
  const fromRegister = a.datesFromRegister;
  if (fromRegister.length > 0)
    ctx.out(
      m.datesFromRegister(
        fromRegister.length,
        fromRegister.slice(0, EXAMPLES_SHOWN),
        fromRegister.length - EXAMPLES_SHOWN,
      ),
    );
}

function report(ctx: Context, process: CompiledProcess, a: Analysis, events: number, now: string): void {
  const m = ctx.m;
  const goal = process.definition.goal;
  const right = ["left", "right", "right", "right", "right", "right"] as const;
  ctx.out(m.analyzeHeading(resolveText(process.definition.name, ctx.lang), events, now));
  ctx.out(m.cases(a.cases.closed, a.cases.cancelled, a.cases.open));
  const enough = enoughClosed(a);
  if (!enough) ctx.out(m.notEnoughClosed(a.cases.closed, MIN_CLOSED_CASES));
  reportSetAside(ctx, process, a);
  ctx.out("");
  const cycle = [
    [m.cycleTime, ...m.statsColumns],
    statsRow(`  ${m.calendarDays}`, a.cycleTimeDays),
    statsRow(`  ${m.workingDays}`, a.cycleTimeWorkingDays),
  ];
  for (const l of formatTable(cycle, { align: right })) ctx.out(l);
  ctx.out(`  ${m.statsHelp}`);
  if (goal?.targetCycleDays !== undefined) ctx.out(`  ${m.goalCycle(goal.targetCycleDays)}`);
  ctx.out("");
  const steps = [
    [m.stepTime, ...m.statsColumns],
    ...Object.entries(a.steps).map(([id, s]) => statsRow(`  ${stepName(process, id, ctx)}`, s)),
  ];
  for (const l of formatTable(steps, { align: right })) ctx.out(l);
  ctx.out("");
  const wip = [
    [m.wipTitle, ...m.wipColumns],
    ...Object.entries(a.wip).map(([id, w]) => [
      `  ${stepName(process, id, ctx)}`,
      String(w.open),
      formatNumber(w.oldestAgeDays),
    ]),
  ];
  for (const l of formatTable(wip, { align: ["left", "right", "right"] })) ctx.out(l);
  ctx.out("");
  const weeks = Object.entries(a.throughputPerWeek);
  const shownWeeks = weeks.slice(-WEEKS_SHOWN);
  ctx.out(m.throughputTitle(shownWeeks.length, weeks.length));
  for (const l of formatTable(
    shownWeeks.map(([w, n]) => [w, String(n)]),
    { indent: "  ", align: ["left", "right"] },
  ))
    ctx.out(l);
  ctx.out("");
  const target = goal?.targetOnTimeRate !== undefined ? formatPercent(goal.targetOnTimeRate) : undefined;
  ctx.out(m.onTime(formatPercent(a.onTimeRate), target));
  reportSla(ctx, process, a);
  ctx.out("");
  const f = a.forecast;
  if (f.openCases === 0) ctx.out(m.forecastDone);
  // Too few closed cases: the note above already says there is no forecast.
  else if (!enough) return;
  else if (!f.dates) ctx.out(m.forecastNone);
  else ctx.out(m.forecast(f.openCases, f.dates.p50, f.dates.p85, f.dates.p95, f.trials));
}

/**
 * `procsheet analyze <process.json> <history>`: the figures of docs/specification.md §4 — with the
 * register (beside History in its workbook, or --register), work in progress is the register's.
 */
export async function runAnalyze(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "analyze", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.analyze);
    return EXIT.ok;
  }
  const [definition, historyFile] = expectPositionals(ctx, "analyze", args, 2) as [string, string];
  const now = resolveNow(ctx, stringOption(args, "now"));
  guardSize(ctx, [[historyFile, fileKind(ctx, historyFile)]]);
  const { process } = loadProcessFile(ctx, definition);
  const events = await readHistory(ctx, historyFile, process);
  const registerFile = stringOption(args, "register");
  const register =
    registerFile !== undefined
      ? await readRegisterCases(ctx, registerFile, process)
      : await registerBeside(ctx, historyFile, process);
  // With the register known, History's events of cases it does not have are set aside (unknownCase).
  const analysis = analyzeHistory(process, events, {
    now,
    ...(register ? { register: register.rows, knownCases: new Set(register.cases.map((c) => c.id)) } : {}),
  });
  if (flag(args, "json")) ctx.out(JSON.stringify(analysisJson(analysis), null, 2));
  else report(ctx, process, analysis, events.length, now);
  return EXIT.ok;
}
