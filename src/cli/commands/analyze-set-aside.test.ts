import { writeFileSync } from "fs";
import { join } from "path";
import golden from "../../../test/golden/analysis.cases.json";
import { MINI, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const COLUMNS = ["caseId", "at", "type", "step", "fromStep", "status", "owner", "by"] as const;
type Event = Partial<Record<(typeof COLUMNS)[number], string>>;
const CASE = golden.cases[0] as { now: string; events: Event[] };

const csv = (events: readonly Event[]): string =>
  [COLUMNS.join(","), ...events.map((e) => COLUMNS.map((c) => e[c] ?? "").join(",")), ""].join("\n");

const shipping = (day: number): Event => ({
  caseId: "PR-0002",
  at: `2026-01-${String(day).padStart(2, "0")}T08:00:00`,
  type: "status",
  step: "shipping",
  status: "doing",
});
const JUNK: Event[] = [
  ...[6, 7, 8, 9, 10, 11].map(shipping),
  {
    caseId: "PR-0004",
    at: "2025-12-20T09:00:00",
    type: "assigned",
    step: "request",
    status: "todo",
    owner: "Zed",
  },
  { ...(CASE.events[2] as Event) },
  { caseId: "PR-0000", at: "2026-01-07T09:00:00", type: "closed", step: "order", status: "done" },
];

interface AnalyzeJson {
  cases: { closed: number };
  cycleTimeDays: { count: number };
  setAside?: { caseId: string; at: string; type: string; reason: string }[];
  casesWithoutCreated?: string[];
}

describe("procsheet analyze says what it sets aside", () => {
  it("prints one line per reason with the count and up to 5 examples, and the cases the History starts after", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "history.csv"), csv([...CASE.events, ...JUNK]));
    const r = runCli(["analyze", MINI, "history.csv", "--now", CASE.now], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines).toContain(
      "Set aside 6 events whose step is not in the process: PR-0002 (Status changed, shipping, 2026-01-06T08:00:00), " +
        "PR-0002 (Status changed, shipping, 2026-01-07T08:00:00), PR-0002 (Status changed, shipping, 2026-01-08T08:00:00), " +
        "PR-0002 (Status changed, shipping, 2026-01-09T08:00:00), PR-0002 (Status changed, shipping, 2026-01-10T08:00:00) and 1 more",
    );
    expect(lines).toContain(
      "Set aside 1 event dated before its case was created: PR-0004 (Assigned, Request, 2025-12-20T09:00:00)",
    );
    expect(lines).toContain(
      "Set aside 1 event that repeats an event exactly: PR-0001 (Moved to next step, Review, 2026-01-06T09:00:00)",
    );
    expect(lines).toContain(
      '1 case has no "created" event (the History starts after it): cycle time counts from the first event (a lower bound); the stay it is first seen in counts in neither step times nor on-time rate: PR-0000',
    );
    const zh = runCli(["analyze", MINI, "history.csv", "--now", CASE.now, "--lang", "zh-CN"], { cwd: dir });
    // The event and the step as people read them; only the step History names that the process lacks stays as written.
    expect(zh.stdout).toContain(
      "已排除 6 条步骤不属于此流程的事件：PR-0002（状态变更，shipping，2026-01-06T08:00:00）",
    );
    expect(zh.stdout).toContain(
      "已排除 1 条早于其事项创建时间的事件：PR-0004（已分配，申请，2025-12-20T09:00:00）",
    );
    expect(zh.stdout).toContain(
      "已排除 1 条与另一事件完全重复的事件：PR-0001（进入下一步，审查，2026-01-06T09:00:00）",
    );
    expect(zh.stdout).toContain("，另有 1 个");
  });

  it("--json gains setAside and casesWithoutCreated, and the figures are the clean History's", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "clean.csv"), csv(CASE.events));
    writeFileSync(join(dir, "dirty.csv"), csv([...CASE.events, ...JUNK.slice(0, -1)]));
    const run = (file: string): AnalyzeJson =>
      JSON.parse(
        runCli(["analyze", MINI, file, "--now", CASE.now, "--json"], { cwd: dir }).stdout,
      ) as AnalyzeJson;
    const clean = run("clean.csv");
    const { setAside, casesWithoutCreated, ...figures } = run("dirty.csv");
    expect(figures).toEqual(clean);
    expect(casesWithoutCreated).toBeUndefined();
    expect(setAside?.map((s) => s.reason)).toEqual([
      "unknownStep",
      "unknownStep",
      "unknownStep",
      "unknownStep",
      "unknownStep",
      "unknownStep",
      "beforeCreated",
      "duplicate",
    ]);
    expect(setAside?.[6]).toEqual({
      caseId: "PR-0004",
      at: "2025-12-20T09:00:00",
      type: "assigned",
      step: "request",
      reason: "beforeCreated",
    });
  });

  it("with the register known, sets aside the events of cases it does not have (unknownCase); without it, keeps them", () => {
    const dir = tempDir();
    const stray: Event[] = [
      { caseId: "XX-0001", at: "2026-01-05T09:00:00", type: "created", step: "request", status: "todo" },
      { caseId: "XX-0001", at: "2026-01-06T09:00:00", type: "closed", step: "request", status: "done" },
    ];
    writeFileSync(join(dir, "history.csv"), csv([...CASE.events, ...stray]));
    writeFileSync(join(dir, "clean.csv"), csv(CASE.events));
    const ids = [...new Set(CASE.events.map((e) => e.caseId as string))];
    writeFileSync(join(dir, "register.csv"), ["ID,Step", ...ids.map((id) => `${id},Order`), ""].join("\n"));
    const json = (file: string, ...more: string[]): AnalyzeJson =>
      JSON.parse(
        runCli(["analyze", MINI, file, "--now", CASE.now, "--json", ...more], { cwd: dir }).stdout,
      ) as AnalyzeJson;
    const known = json("history.csv", "--register", "register.csv");
    expect(known.setAside).toEqual(
      stray.map(({ caseId, at, type, step }) => ({ caseId, at, type, step, reason: "unknownCase" })),
    );
    const { setAside: _none, ...figures } = known;
    const { setAside: _clean, ...cleanFigures } = json("clean.csv", "--register", "register.csv");
    expect(figures).toEqual(cleanFigures);
    // Without a register, nothing tells a stray case from a real one: unchanged.
    expect(json("history.csv").setAside).toBeUndefined();
    expect(json("history.csv").cases.closed).toBe(json("clean.csv").cases.closed + 1);

    const en = runCli(["analyze", MINI, "history.csv", "--register", "register.csv", "--now", CASE.now], {
      cwd: dir,
    });
    expect(en.stdout.split("\n")).toContain(
      "Set aside 2 events of cases the register does not have: XX-0001 (Created, Request, 2026-01-05T09:00:00), XX-0001 (Closed, Request, 2026-01-06T09:00:00)",
    );
    const zh = runCli(
      ["analyze", MINI, "history.csv", "--register", "register.csv", "--now", CASE.now, "--lang", "zh-CN"],
      { cwd: dir },
    );
    expect(zh.stdout.split("\n")).toContain(
      "已排除 2 条登记表中没有的事项的事件：XX-0001（创建，申请，2026-01-05T09:00:00）、XX-0001（已完成，申请，2026-01-06T09:00:00）",
    );
  });
});
