// A hostile template author's rules (docs/specification.md §3.8, docs/reliability.md R6): no rule ends a sync or
// holds it; each failing row is reported and the command exits 1 (rows with errors), never 3.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { ensureBuilt, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

// Built before the clock starts: the timings below are the sync's own.
beforeAll(ensureBuilt, 180_000);
afterAll(removeTempDirs);

const NOW = "2026-03-02T09:00:00";

function setup(clauses: readonly { when: string; assign: string }[], names: readonly string[]): string {
  const dir = tempDir();
  const definition = {
    schemaVersion: 1,
    id: "hostile",
    name: "Hostile",
    fields: [{ key: "reportedBy", header: "Reported by", type: "text" }],
    steps: [{ id: "triage", name: "Triage", owner: [...clauses, { assign: "Ann" }] }],
  };
  writeFileSync(join(dir, "process.json"), JSON.stringify(definition));
  writeFileSync(join(dir, "register.csv"), ["Reported by", ...names, ""].join("\n"));
  return dir;
}

describe("procsheet sync with rules that would freeze or abort it", () => {
  it("stops $match(reportedBy, /(a+)+$/) on 34 a's and a '!' within seconds and saves the other rows", () => {
    const dir = setup(
      [{ when: "$match(reportedBy, /(a+)+$/)", assign: "Regex" }],
      ["bob", `${"a".repeat(34)}!`, "cy"],
    );
    const started = Date.now();
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "out.csv"], {
      cwd: dir,
    });
    expect((Date.now() - started) / 1000).toBeLessThan(15);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /row 2 +steps\[0\]\.owner\[0\]\.when: The rule was stopped: it ran on this row for more than 2 seconds/,
    );
    expect(r.stdout).toContain("2 rows changed");
  }, 30_000);

  it("makes a string doubled 28 times that row's error, not an internal error (exit 1, not 3)", () => {
    const doubled =
      "($f := function($s, $n){ $n = 0 ? $s : $f($s & $s, $n - 1) }; $length($f(reportedBy, 28)) > 0)";
    const dir = setup([{ when: doubled, assign: "Double" }], ["bob", "cy"]);
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--lang", "zh-CN"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("规则生成的文本超过 100,000 个字符");
  });

  it("makes a 100-million-character $replace that row's error, quickly", () => {
    const replace =
      '$length($replace($join([1..10000].("a")), "a", $join([1..10000].("b" & reportedBy)))) > 0';
    const dir = setup([{ when: replace, assign: "Replace" }], ["b"]);
    const started = Date.now();
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--json"], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { errors: { path: string; message: string }[] };
    expect(json.errors).toEqual([expect.objectContaining({ path: "steps[0].owner[0].when" })]);
    expect(json.errors[0]?.message).toContain("longer than 100,000 characters");
  });

  it("procsheet test stops a rule test whose rule hangs, and reports it as that test's failure", () => {
    const dir = setup([{ when: "$match(reportedBy, /(a+)+$/)", assign: "Regex" }], []);
    const file = join(dir, "process.json");
    const definition = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    definition.tests = [
      { name: "hangs", step: "triage", row: { reportedBy: `${"a".repeat(40)}!` }, expect: { owner: "Ann" } },
      { name: "fine", step: "triage", row: { reportedBy: "bob" }, expect: { owner: "Ann" } },
    ];
    writeFileSync(file, JSON.stringify(definition));
    const started = Date.now();
    const r = runCli(["test", "process.json", "--now", NOW], { cwd: dir });
    expect((Date.now() - started) / 1000).toBeLessThan(15);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("✗ hangs");
    expect(r.stdout).toContain("✓ fine");
  }, 30_000);
});
