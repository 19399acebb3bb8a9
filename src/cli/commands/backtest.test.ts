import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import golden from "../../../test/golden/backtest.cases.json";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCli,
  runCliAll,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const COLUMNS = ["caseId", "at", "type", "step", "fromStep", "status", "owner", "by"] as const;
type Op = { op: string; path: string; value?: unknown };
type Case = {
  name: string;
  draft: Op[];
  now: string;
  register: { headers: string[]; rows: (string | number)[][] };
  events: Record<string, string>[];
  expect: unknown;
};

/** The draft as a file: the golden case's JSON Patch applied to the mini fixture. */
function draftJson(ops: readonly Op[]): string {
  const doc = JSON.parse(readFileSync(MINI, "utf8")) as Record<string, unknown>;
  for (const { op, path, value } of ops) {
    const keys = path.split("/").slice(1);
    const last = keys.pop() as string;
    const at = keys.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc) as
      Record<string, unknown> | unknown[];
    if (Array.isArray(at)) {
      if (op === "remove") at.splice(Number(last), 1);
      else at[Number(last)] = value;
    } else if (op === "remove") delete at[last];
    else at[last] = value;
  }
  return JSON.stringify(doc);
}

const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows.map((r) => r.map((c) => String(c)).join(",")).join("\n") + "\n";

/** The golden case as files in a new folder: draft.json, register.csv and history.csv. */
function filesOf(c: Case): string {
  const dir = tempDir();
  writeFileSync(join(dir, "draft.json"), draftJson(c.draft));
  writeFileSync(join(dir, "register.csv"), csv([c.register.headers, ...c.register.rows]));
  writeFileSync(
    join(dir, "history.csv"),
    csv([COLUMNS, ...c.events.map((e) => COLUMNS.map((k) => e[k] ?? ""))]),
  );
  return dir;
}

const CASES = golden.cases as unknown as Case[];

describe("procsheet backtest", () => {
  it.each(CASES.map((c) => [c.name, c]))("prints exactly the golden JSON: %s", (_name, c) => {
    const dir = filesOf(c);
    const r = runCli(
      ["backtest", MINI, "draft.json", "register.csv", "history.csv", "--now", c.now, "--json"],
      {
        cwd: dir,
      },
    );
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout)).toEqual(c.expect);
  });

  it("reports the changes, the load per assignee, missing steps and on-time per step in words, in Chinese too", () => {
    const c = CASES[2] as Case;
    const dir = filesOf(c);
    const args = ["backtest", MINI, "draft.json", "register.csv", "history.csv", "--now", c.now];
    const en = runCli(args, { cwd: dir });
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("3 cases, 9 step visits of History");
    expect(en.stdout).toContain("Owner changes (1):\n  PR-0002 · Budget approval: finance → (no such step)");
    expect(en.stdout).toContain("  PR-0002 · Review: Budget approval → Order");
    expect(en.stdout).toMatch(/ {2}finance +1 +→ +0\n/);
    expect(en.stdout).toContain("1 visit reaches a step the draft does not have: PR-0002 (Budget approval)");
    expect(en.stdout).toMatch(/On time per step, saved SLA → draft SLA:\n {2}Request +100% +→ +100%\n/);
    const zh = runCli([...args, "--lang", "zh-CN"], { cwd: dir });
    expect(zh.stdout).toContain("负责人变化（1）：\n  PR-0002 · 预算审批：finance → （无此步骤）");
  });

  it("exits 1 with the problems when a definition is invalid, and 2 for bad input", async () => {
    const c = CASES[0] as Case;
    const dir = filesOf(c);
    writeFileSync(
      join(dir, "broken.json"),
      draftJson([{ op: "replace", path: "/steps/1/next", value: [{ goto: "nowhere" }] }]),
    );
    const invalid = runCli(["backtest", MINI, "broken.json", "register.csv", "history.csv"], { cwd: dir });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain("nowhere");
    expect(invalid.stderr).toContain("broken.json");
    const bad = await runCliAll(
      [
        ["backtest", MINI, "draft.json", "register.csv"],
        ["backtest", MINI, "draft.json", "missing.csv", "history.csv"],
        ["backtest", MINI, "draft.json", "register.csv", "history.csv", "--now", "soon"],
      ],
      { cwd: dir },
    );
    for (const r of bad) expectBadInput(r);
  });

  it("--json --lang zh-CN prints its errors in Chinese, a rule error naming its step, rule and part as the sync does", () => {
    const c = CASES[3] as Case;
    const failing: Op = {
      op: "replace",
      path: "/steps/1/owner",
      value: [{ when: "amount + requester > 0", assign: "Zed" }, { assign: "buyers" }],
    };
    const dir = filesOf({ ...c, draft: [...c.draft, failing] });
    const args = ["backtest", MINI, "draft.json", "register.csv", "history.csv", "--now", c.now, "--json"];
    const en = JSON.parse(runCli(args, { cwd: dir }).stdout) as { errors: { message: string }[] };
    expect(en.errors.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/^draft: owner rule 1 of “Review”, its condition: .*character \d+/),
    );
    const zh = runCli([...args, "--lang", "zh-CN"], { cwd: dir });
    expect([zh.status, zh.stderr]).toEqual([0, ""]);
    const messages = (JSON.parse(zh.stdout) as { errors: { message: string }[] }).errors.map((e) =>
      e.message.replace(/^(draft|current): /, ""),
    );
    expect(messages.length).toBe(en.errors.length);
    expect(messages).toContainEqual(expect.stringMatching(/^“审查”的第 1 条负责人规则/));
    // Every message in Chinese: no English sentence left (IDs, step ids and numbers aside).
    for (const m of messages) expect(m).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
  });
});
