import { writeFileSync } from "fs";
import { join } from "path";
import { Workbook } from "exceljs";
import golden from "../../../test/golden/analysis.cases.json";
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
type GoldenEvent = Partial<Record<(typeof COLUMNS)[number], string>>;
const CASE = golden.cases[0] as { now: string; events: GoldenEvent[]; expect: Record<string, unknown> };

function historyCsv(events: readonly GoldenEvent[], extra = ""): string {
  const lines = events.map((e) => COLUMNS.map((c) => e[c] ?? "").join(",") + (extra ? ",x" : ""));
  return [COLUMNS.join(",") + (extra ? `,${extra}` : ""), ...lines, ""].join("\n");
}

/** Deep comparison, numbers to the 6 decimals the CLI prints. */
function expectClose(actual: unknown, expected: unknown, path = "analysis"): void {
  if (typeof expected === "number") {
    expect([path, typeof actual]).toEqual([path, "number"]);
    expect([path, Math.abs((actual as number) - expected) <= 5e-7]).toEqual([path, true]);
  } else if (expected && typeof expected === "object") {
    expect([path, Object.keys(actual as object).sort()]).toEqual([path, Object.keys(expected).sort()]);
    for (const [k, v] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else expect([path, actual]).toEqual([path, expected]);
}

function decimals(value: unknown): number {
  if (typeof value === "number") return (String(value).split(".")[1] ?? "").length;
  if (value && typeof value === "object") return Math.max(0, ...Object.values(value).map(decimals));
  return 0;
}

describe("procsheet analyze", () => {
  it("gives the golden figures from the same events as CSV (first case of test/golden/analysis.cases.json)", () => {
    const dir = tempDir();
    // An extra column is ignored.
    writeFileSync(join(dir, "history.csv"), historyCsv(CASE.events, "note"));
    const r = runCli(["analyze", MINI, "history.csv", "--now", CASE.now, "--json"], { cwd: dir });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      "cases",
      "cycleTimeDays",
      "cycleTimeWorkingDays",
      "steps",
      "throughputPerWeek",
      "wip",
      "onTimeRate",
      "onTimeByStep",
      "breaches",
      "forecast",
    ]);
    expectClose(json, CASE.expect);
    expect(json.onTimeRate).toBe(0.666667);
    expect(decimals(json)).toBeLessThanOrEqual(6);
  });

  it("reads the History from a workbook sheet named like History", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    wb.addWorksheet("Register").getCell("A1").value = "ID";
    const ws = wb.addWorksheet("历史记录");
    ws.addRow([...COLUMNS]);
    for (const e of CASE.events)
      ws.addRow(COLUMNS.map((c) => (c === "at" && e.at ? new Date(`${e.at}Z`) : (e[c] ?? null))));
    await wb.xlsx.writeFile(join(dir, "history.xlsx"));
    const x = runCli(["analyze", MINI, "history.xlsx", "--now", CASE.now, "--json"], { cwd: dir });
    expect(x.status).toBe(0);
    expectClose(JSON.parse(x.stdout), CASE.expect);
  });

  it("prints a short report without --json", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "history.csv"), historyCsv(CASE.events));
    const r = runCli(["analyze", MINI, "history.csv", "--now", CASE.now], { cwd: dir });
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain("Cases: 2 closed · 1 cancelled · 2 open");
    expect(out).toMatch(/ {2}calendar days +2 +7\.88 +7\.88 +10\.59 +11\.36\n/);
    expect(out).toMatch(/ {2}Budget approval +1 +1 +1 +1 +1\n/);
    expect(out).toContain("  2026-W03  1\n");
    expect(out).toContain("On time: 66.7% of step exits within their SLA");
    expect(out).toContain("On time per step: Request 66.7%, Review 50%, Budget approval 100%");
    expect(out).toContain("SLA breaches: 2 (0 still in their step; those first, then the most recent):");
    expect(out).toContain(
      "  PR-0002 · Review · due 2026-01-07, left 2026-01-12 12:00:00 · 3 working days late",
    );
    // Two closed cases are too few to judge: said so, and no forecast.
    expect(out).toContain("Not enough finished cases yet (2 of 5)");
    expect(out).not.toContain("50% by");
  });

  it("with the register (--register, or beside History in a workbook), counts work in progress from it and says which dates it used", () => {
    const c = golden.cases[4] as unknown as {
      now: string;
      events: GoldenEvent[];
      register: Record<string, string | number>[];
      expect: Record<string, unknown>;
    };
    const dir = tempDir();
    writeFileSync(join(dir, "history.csv"), historyCsv(c.events));
    const keys = ["id", "amount", "step", "status", "owner", "created", "stepStarted", "closed"];
    const headers = ["ID", "Amount", "Step", "Status", "Owner", "Created", "Step started", "Closed"];
    writeFileSync(
      join(dir, "register.csv"),
      [headers.join(","), ...c.register.map((r) => keys.map((k) => r[k] ?? "").join(",")), ""].join("\n"),
    );
    const r = runCli(
      ["analyze", MINI, "history.csv", "--register", "register.csv", "--now", c.now, "--json"],
      {
        cwd: dir,
      },
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of ["cases", "wip", "breaches", "onTimeByStep", "datesFromRegister"])
      expectClose(json[key], c.expect[key], key);
    const text = runCli(["analyze", MINI, "history.csv", "--register", "register.csv", "--now", c.now], {
      cwd: dir,
    }).stdout;
    expect(text).toContain(
      "4 cases were measured from the register's own dates, because History lacks their start or close: B, C, D, F",
    );
    expect(text).toContain("  A · Review · due 2026-01-15, still there · 4 working days late");
  });

  it("names the line of an event it cannot read, and refuses a History without its header", async () => {
    const dir = tempDir();
    const bad = (mutate: (e: GoldenEvent) => GoldenEvent): string =>
      historyCsv(CASE.events.map((e, i) => (i === 2 ? mutate(e) : e)));
    writeFileSync(
      join(dir, "type.csv"),
      bad((e) => ({ ...e, type: "moved" })),
    );
    writeFileSync(
      join(dir, "at.csv"),
      bad((e) => ({ ...e, at: "next tuesday" })),
    );
    writeFileSync(join(dir, "headless.csv"), historyCsv(CASE.events).split("\n").slice(1).join("\n"));
    const cases = [
      ["type.csv", 'type.csv line 4: "moved" is not an event (Created, Moved to next step'],
      ["at.csv", 'at.csv line 4: the time "next tuesday" is not a date-time'],
      ["headless.csv", "lacks the columns caseId, at, type, step, status"],
      ["missing.csv", "missing.csv does not exist"],
    ] as const;
    const results = await runCliAll(
      cases.map(([file]) => ["analyze", MINI, file, "--now", CASE.now]),
      { cwd: dir },
    );
    results.forEach((r, i) => {
      expectBadInput(r);
      expect(r.stderr).toContain(cases[i]?.[1]);
    });
  });

  it("refuses a workbook without History", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    wb.addWorksheet("Register").getCell("A1").value = "ID";
    await wb.xlsx.writeFile(join(dir, "nohistory.xlsx"));
    const r = runCli(["analyze", MINI, "nohistory.xlsx"], { cwd: dir });
    expectBadInput(r);
    expect(r.stderr).toContain("has no History");
  });
});
