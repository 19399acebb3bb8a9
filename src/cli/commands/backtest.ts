import { backtest, type BacktestResult } from "../../core/backtest/backtest";
import { backtestJson } from "../../core/backtest/backtest-json";
import { loadProcess } from "../../core/definition/load";
import { END } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { resolveText } from "../../core/text";
import { nodeThreadHost } from "../../rule-worker/node-thread";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { EXIT } from "../failure";
import { readHistory } from "../files/history";
import { problemLine, readTextFile, resolveDefinition } from "../files/process-file";
import { readRegisterCases } from "../files/register-rows";
import { formatPercent, formatTable } from "../files/table-output";

const OPTIONS = { now: { type: "string" }, json: { type: "boolean" } } as const;
const EXAMPLES = 5;

/** A definition the backtest compares; an invalid one prints its problems (as validate does) instead. */
function load(ctx: Context, arg: string): { file: string; process?: CompiledProcess } {
  const file = resolveDefinition(ctx, arg);
  const text = readTextFile(ctx, file);
  const r = loadProcess(text);
  if (r.ok) return { file, process: r.value };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  for (const p of r.error) ctx.out(problemLine(p, ctx.lang, parsed));
  ctx.err(ctx.m.invalid(file, r.error.length));
  return { file };
}

/** A decision as a person reads it: a step by its name (or "end"), a role by its name, a person as is. */
function namer(ctx: Context, current: CompiledProcess, draft: CompiledProcess) {
  const name = (value: string | null, kind: "owner" | "next"): string => {
    if (value === null) return ctx.m.backtestNoStep;
    if (kind === "next") {
      if (value === END) return END;
      const step = draft.stepById.get(value) ?? current.stepById.get(value);
      return step ? resolveText(step.def.name, ctx.lang) || value : value;
    }
    const role = draft.roles.get(value) ?? current.roles.get(value);
    return role ? resolveText(role.name, ctx.lang) || value : value;
  };
  const step = (id: string): string => {
    const s = current.stepById.get(id) ?? draft.stepById.get(id);
    return s ? resolveText(s.def.name, ctx.lang) || id : id;
  };
  return { name, step };
}

function report(
  ctx: Context,
  files: readonly [current: string, draft: string],
  current: CompiledProcess,
  draft: CompiledProcess,
  r: BacktestResult,
): void {
  const m = ctx.m;
  const n = namer(ctx, current, draft);
  ctx.out(m.backtestHeading(files[0], files[1], r.cases, r.visits));
  if (r.ownerChanges.length === 0 && r.nextChanges.length === 0) ctx.out(m.backtestSame);
  for (const [changes, heading, kind] of [
    [r.ownerChanges, m.backtestOwners(r.ownerChanges.length), "owner"],
    [r.nextChanges, m.backtestNexts(r.nextChanges.length), "next"],
  ] as const) {
    if (changes.length === 0) continue;
    ctx.out("");
    ctx.out(heading);
    for (const c of changes)
      ctx.out(m.backtestChange(c.caseId, n.step(c.step), n.name(c.before, kind), n.name(c.after, kind)));
  }
  const load = Object.entries(r.byAssignee);
  if (load.length > 0) {
    ctx.out("");
    ctx.out(m.backtestLoad);
    const rows = load.map(([who, v]) => [n.name(who, "owner"), String(v.before), "→", String(v.after)]);
    for (const l of formatTable(rows, { indent: "  ", align: ["left", "right", "left", "right"] }))
      ctx.out(l);
  }
  if (r.missingSteps.length > 0) {
    ctx.out("");
    const examples = r.missingSteps.slice(0, EXAMPLES).map((v) => `${v.caseId} (${n.step(v.step)})`);
    ctx.out(m.backtestMissing(r.missingSteps.length, examples, r.missingSteps.length - EXAMPLES));
  }
  const steps = Object.keys({ ...r.onTime.before, ...r.onTime.after });
  if (steps.length > 0) {
    ctx.out("");
    ctx.out(m.backtestOnTime);
    const rows = steps.map((id) => [
      n.step(id),
      formatPercent(r.onTime.before[id] ?? null),
      "→",
      formatPercent(r.onTime.after[id] ?? null),
    ]);
    for (const l of formatTable(rows, { indent: "  ", align: ["left", "right", "left", "right"] }))
      ctx.out(l);
  }
  if (r.errors.length > 0) {
    ctx.out("");
    ctx.out(m.backtestErrors(r.errors.length));
    const messages = backtestJson(r, ctx.lang, {
      current: current.definition,
      draft: draft.definition,
    }).errors;
    for (const e of messages)
      ctx.out(m.backtestError(e.caseId, e.step === null ? null : n.step(e.step), e.message));
  }
}

/**
 * `procsheet backtest <current> <draft> <register> <history>`: the draft tried on History's cases
 * (docs/specification.md §3.13). Exit 0 when it ran, 1 when a definition is invalid, 2 for bad input.
 */
export async function runBacktest(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "backtest", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.backtest);
    return EXIT.ok;
  }
  const [currentArg, draftArg, registerFile, historyFile] = expectPositionals(ctx, "backtest", args, 4) as [
    string,
    string,
    string,
    string,
  ];
  const now = resolveNow(ctx, stringOption(args, "now"));
  // Both definitions are checked before anything else is read: an invalid one is exit 1, whatever the rest.
  const current = load(ctx, currentArg);
  const draft = load(ctx, draftArg);
  if (!current.process || !draft.process) return EXIT.failed;
  const register = await readRegisterCases(ctx, registerFile, current.process);
  const events = await readHistory(ctx, historyFile, current.process);
  // Rules off the fast path run in a worker thread with a hard time limit, as in a sync (§3.8).
  const rules = nodeThreadHost();
  let r: BacktestResult;
  try {
    r = await backtest(current.process, draft.process, events, register.cases, { now, rules: rules.host });
  } finally {
    rules.dispose();
  }
  const definitions = { current: current.process.definition, draft: draft.process.definition };
  if (flag(args, "json")) ctx.out(JSON.stringify(backtestJson(r, ctx.lang, definitions), null, 2));
  else report(ctx, [currentArg, draftArg], current.process, draft.process, r);
  return EXIT.ok;
}
