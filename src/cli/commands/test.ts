import { describeFailure, runRuleTests, type RuleTestOutcome } from "../../core/testing/rule-tests";
import { resolveText } from "../../core/text";
import { nodeThreadHost } from "../../rule-worker/node-thread";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { EXIT } from "../failure";
import { loadProcessFile } from "../files/process-file";

/** `procsheet test <process.json>...`: runs each definition's rule tests; exit 1 when any fails. */
export async function runTest(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "test", argv, { now: { type: "string" }, json: { type: "boolean" } });
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.test);
    return EXIT.ok;
  }
  const files = expectPositionals(ctx, "test", args, 1, true);
  const now = resolveNow(ctx, stringOption(args, "now"));
  // Every definition is loaded before any test runs, so a bad file stops the run before it prints half a report.
  const loaded = files.map((f) => loadProcessFile(ctx, f));
  const results: { file: string; name: string; outcomes: RuleTestOutcome[] }[] = [];
  // Rules outside the fast path run in a worker thread with a hard time limit, as in a sync.
  const rules = nodeThreadHost();
  try {
    for (const { file, process } of loaded)
      results.push({
        file,
        name: resolveText(process.definition.name, ctx.lang),
        outcomes: await runRuleTests(process, now, rules.host),
      });
  } finally {
    rules.dispose();
  }
  const all = results.flatMap((r) => r.outcomes);
  const failed = all.filter((o) => !o.passed).length;
  if (flag(args, "json")) {
    const files = results.map((r) => ({
      file: r.file,
      tests: r.outcomes.map((o) => ({ name: o.name, passed: o.passed, failures: o.failures })),
    }));
    ctx.out(JSON.stringify({ passed: all.length - failed, failed, files }, null, 2));
  } else {
    for (const r of results) {
      ctx.out(`${r.file} — ${r.name}`);
      if (r.outcomes.length === 0) ctx.out(`  ${ctx.m.noTests}`);
      for (const o of r.outcomes) {
        ctx.out(`  ${o.passed ? "✓" : "✗"} ${o.name}`);
        for (const p of o.problems) ctx.out(`      ${describeFailure(p, ctx.lang)}`);
      }
    }
    ctx.out(ctx.m.testSummary(all.length, all.length - failed, failed));
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
