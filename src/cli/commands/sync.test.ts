import { Workbook, type Worksheet } from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCli,
  runCliAll,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00"; // a Monday
const REGISTER = [
  "ID,Step,Status,Owner,Amount,Category,Requester,Notes",
  ',,,,500,IT,Ann,"=HYPERLINK(""http://x"")"',
  "PR-0002,Review,Done,Bo,20000,Office,Cy,-5",
  "PR-0003,Request,To do,Ann,12,IT,,'=1+1",
  ",,,,,,,",
  "PR-0004,Budget approval,In progress,,abc,IT,Dan,",
  ",,,,40,Office,,",
  "",
].join("\n");
const CLEAN = ["ID,Status,Amount,Requester", ",,500,Ann", ""].join("\n");

function setup(text = REGISTER): string {
  const dir = tempDir();
  writeFileSync(join(dir, "register.csv"), text);
  writeFileSync(join(dir, "process.json"), readFileSync(MINI));
  return dir;
}

describe("procsheet sync on CSV", () => {
  it("prints the changes as an aligned table and leaves the input alone without --out", () => {
    const dir = setup();
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Purchase · sync at 2026-01-05T09:00:00 · register.csv");
    expect(lines).toContain("PR-0005  Owner         —       →  Ann");
    expect(lines).toContain("PR-0002  Step          Review  →  Budget approval");
    expect(r.stdout).toContain("2 rows changed (12 cells) · 4 events · 2 errors");
    expect(r.stdout).toContain('row 5  PR-0004  Column "Amount": "abc" is not a number');
    expect(r.stdout).toMatch(/row 6 {11}steps\[0\]\.owner\[0\]\.assignExpr: The owner rule gave undefined/);
    expect(r.stdout).toContain("Dry run");
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(REGISTER);
  });

  it("exits 0 when every row is fine", () => {
    const dir = setup(CLEAN);
    expect(runCli(["sync", "process.json", "register.csv", "--now", NOW], { cwd: dir }).status).toBe(0);
  });

  it("--json prints exactly { rows, events, errors } in the rules' view", () => {
    const dir = setup();
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--json"], { cwd: dir });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual(["rows", "events", "errors", "history"]);
    // A dry run records nothing, and loses nothing: the register was not saved either.
    expect(json.history).toEqual({ file: null, recorded: 0, notRecorded: 0 });
    // Blank rows are no cases; the others come in input order.
    expect(json.rows).toHaveLength(5);
    expect(json.rows?.[0]).toEqual({
      id: "PR-0005",
      step: "request",
      status: "todo",
      owner: "Ann",
      due: "2026-01-06",
      created: "2026-01-05T09:00:00",
      stepStarted: "2026-01-05T09:00:00",
      amount: 500,
      category: "IT",
      requester: "Ann",
    });
    expect(json.rows?.[2]).toEqual({
      id: "PR-0003",
      step: "request",
      status: "todo",
      owner: "Ann",
      amount: 12,
      category: "IT",
    });
    expect(json.events).toEqual([
      { caseId: "PR-0005", at: "2026-01-05T09:00:00", type: "created", step: "request", status: "todo" },
      {
        caseId: "PR-0005",
        at: "2026-01-05T09:00:00",
        type: "assigned",
        step: "request",
        status: "todo",
        owner: "Ann",
      },
      {
        caseId: "PR-0002",
        at: "2026-01-05T09:00:00",
        type: "advanced",
        step: "budget",
        fromStep: "review",
        status: "todo",
        owner: "Bo",
      },
      {
        caseId: "PR-0002",
        at: "2026-01-05T09:00:00",
        type: "assigned",
        step: "budget",
        status: "todo",
        owner: "Fay",
      },
    ]);
    expect(json.errors).toEqual([
      {
        id: "PR-0004",
        path: 'column "Amount"',
        message: 'Column "Amount": "abc" is not a number',
        row: 5,
      },
      {
        id: null,
        path: "steps[0].owner[0].assignExpr",
        message:
          "The owner rule gave undefined; it must give a name: a non-empty text of at most 255 characters.",
        row: 6,
      },
    ]);
  });

  it("--out writes dates as ISO text, guards formula-looking text, and adds missing system columns at the right", () => {
    const dir = setup();
    runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "out.csv"], { cwd: dir });
    expect(readFileSync(join(dir, "out.csv"), "utf8").split("\n")).toEqual([
      "ID,Step,Status,Owner,Amount,Category,Requester,Notes,Due,Step started,Created",
      `PR-0005,Request,To do,Ann,500,IT,Ann,"'=HYPERLINK(""http://x"")",2026-01-06,2026-01-05T09:00:00,2026-01-05T09:00:00`,
      "PR-0002,Budget approval,To do,Fay,20000,Office,Cy,-5,2026-01-08,2026-01-05T09:00:00,",
      "PR-0003,Request,To do,Ann,12,IT,,'=1+1",
      ",,,,,,,",
      "PR-0004,Budget approval,In progress,,abc,IT,Dan,",
      ",,,,40,Office,,",
      "",
    ]);
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(REGISTER);
  });

  it("--out may be the input (update in place), and a second tick finds nothing more to do there", () => {
    const dir = setup(CLEAN);
    expect(
      runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv"], { cwd: dir })
        .status,
    ).toBe(0);
    const once = readFileSync(join(dir, "register.csv"), "utf8");
    expect(once).toContain(
      "PR-0001,To do,500,Ann,Request,Ann,2026-01-06,2026-01-05T09:00:00,2026-01-05T09:00:00",
    );
    const again = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv"], {
      cwd: dir,
    });
    expect(again.stdout).toContain("No changes.");
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(once);
  });

  it("keeps a BOM and CRLF line ends, and writes status and step in the register's language", () => {
    const dir = setup("\uFEFF编号,状态,金额,申请人\r\n,,500,王芳\r\n");
    runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv"], { cwd: dir });
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(
      "\uFEFF编号,状态,金额,申请人,步骤,负责人,截止日期,步骤开始,创建时间\r\n" +
        "PR-0001,待办,500,王芳,申请,王芳,2026-01-06,2026-01-05T09:00:00,2026-01-05T09:00:00\r\n",
    );
  });

  it("adds columns after cells that stand beyond the header (unnamed columns are kept)", () => {
    const dir = setup("ID,Amount,Requester\n,5,Ann,extra1,extra2\n");
    runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv"], { cwd: dir });
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(
      "ID,Amount,Requester,,,Step,Status,Owner,Due,Step started,Created\n" +
        "PR-0001,5,Ann,extra1,extra2,Request,To do,Ann,2026-01-06,2026-01-05T09:00:00,2026-01-05T09:00:00\n",
    );
  });

  it("converts by the extension of --out: CSV in, .xlsx out (a table), and back", async () => {
    const dir = setup();
    expect(
      runCli(["sync", "process.json", "register.csv", "--now", NOW, "--out", "r.xlsx"], { cwd: dir }).status,
    ).toBe(1);
    const wb = new Workbook();
    await wb.xlsx.readFile(join(dir, "r.xlsx"));
    const ws = wb.worksheets[0] as Worksheet;
    expect(ws.name).toBe("Purchase");
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["PS_purchase"]);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      "PR-0005",
      "Request",
      "To do",
      "Ann",
      500,
      "IT",
      "Ann",
      '=HYPERLINK("http://x")',
      new Date(Date.UTC(2026, 0, 6)),
      new Date(Date.UTC(2026, 0, 5, 9)),
      new Date(Date.UTC(2026, 0, 5, 9)),
    ]);
    runCli(["sync", "process.json", "r.xlsx", "--now", NOW, "--out", "back.csv"], { cwd: dir });
    expect(readFileSync(join(dir, "back.csv"), "utf8").split("\n")[1]).toBe(
      `PR-0005,Request,To do,Ann,500,IT,Ann,"'=HYPERLINK(""http://x"")",2026-01-06,2026-01-05T09:00:00,2026-01-05T09:00:00`,
    );
  });

  it("--events appends, writing the header only when the file is new", () => {
    const dir = setup(CLEAN);
    runCli(
      [
        "sync",
        "process.json",
        "register.csv",
        "--now",
        NOW,
        "--out",
        "register.csv",
        "--events",
        "events.csv",
      ],
      { cwd: dir },
    );
    writeFileSync(
      join(dir, "register.csv"),
      readFileSync(join(dir, "register.csv"), "utf8").replace(",To do,", ",Done,"),
    );
    runCli(
      [
        "sync",
        "process.json",
        "register.csv",
        "--now",
        "2026-01-06T10:00:00",
        "--out",
        "register.csv",
        "--events",
        "events.csv",
      ],
      { cwd: dir },
    );
    // A new History is a CSV for people too: UTF-8 with a BOM, so Excel shows names in Chinese as such.
    expect(readFileSync(join(dir, "events.csv"), "utf8").split("\n")).toEqual([
      "\uFEFFcaseId,at,type,step,fromStep,status,owner,by,field,from,to",
      "PR-0001,2026-01-05T09:00:00,created,request,,todo,,,,,",
      "PR-0001,2026-01-05T09:00:00,assigned,request,,todo,Ann,,,,",
      "PR-0001,2026-01-06T10:00:00,advanced,review,request,todo,Ann,,,,",
      "PR-0001,2026-01-06T10:00:00,assigned,review,,todo,Ann,,,,",
      "",
    ]);
  });

  it("refuses --events without --out: events are saved with their register or not at all", () => {
    const dir = setup(CLEAN);
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--events", "events.csv"], {
      cwd: dir,
    });
    expectBadInput(r);
    expect(r.stderr).toContain("add --out");
    expect(existsSync(join(dir, "events.csv"))).toBe(false);
  });

  it("checks the events' target before saving the register: a missing folder saves neither, so the retry logs the tick", () => {
    const dir = setup(CLEAN);
    const before = readFileSync(join(dir, "register.csv"));
    const args = ["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv"];
    const r = runCli([...args, "--events", join(dir, "missing", "h.csv")], { cwd: dir });
    expectBadInput(r);
    expect(r.stderr).toContain("missing");
    expect(readFileSync(join(dir, "register.csv")).equals(before)).toBe(true);
    const retry = runCli([...args, "--events", "h.csv"], { cwd: dir });
    expect(retry.status).toBe(0);
    expect(readFileSync(join(dir, "h.csv"), "utf8")).toContain("created");
  });

  it("says on stderr and in --json when a saved register's events go nowhere (a CSV has no History)", () => {
    const dir = setup(CLEAN);
    const r = runCli(
      ["sync", "process.json", "register.csv", "--now", NOW, "--out", "register.csv", "--json"],
      {
        cwd: dir,
      },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("2 events were not recorded");
    expect((JSON.parse(r.stdout) as { history: unknown }).history).toEqual({
      file: null,
      recorded: 0,
      notRecorded: 2,
    });
  });

  it("treats every unusable input as bad input (exit 2, one line)", async () => {
    const dir = setup();
    writeFileSync(join(dir, "other.csv"), "Name,Colour\nAnn,red\n");
    writeFileSync(join(dir, "broken.csv"), 'ID,Status\n"PR-0001,To do\n');
    writeFileSync(join(dir, "dup.csv"), "ID,编号\n1,2\n");
    writeFileSync(join(dir, "empty.csv"), "");
    const cases: [string[], string][] = [
      [["sync", "process.json", "missing.csv"], "missing.csv does not exist"],
      [["sync", "process.json", "other.csv"], "no column header matches"],
      [["sync", "process.json", "broken.csv"], "is not valid CSV"],
      [["sync", "process.json", "dup.csv"], "both hold"],
      [["sync", "process.json", "empty.csv"], "empty.csv is empty"],
      [["sync", "process.json", "register.txt"], "neither .csv nor .xlsx"],
      [["sync", "process.json", "register.csv", "--out", "x.json"], "neither .csv nor .xlsx"],
      [["sync", "process.json", "register.csv", "--events", "register.csv"], "is the register itself"],
      [["sync", "missing.json", "register.csv"], "missing.json does not exist"],
      [["sync", "process.json", "register.csv", "--now", "soon"], "--now"],
    ];
    const results = await runCliAll(
      cases.map(([args]) => args),
      { cwd: dir },
    );
    results.forEach((r, i) => {
      const [args, text] = cases[i] as [string[], string];
      expectBadInput(r);
      expect([args.join(" "), r.stderr]).toEqual([args.join(" "), expect.stringContaining(text)]);
    });
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(REGISTER);
  });

  it("speaks zh-CN with --lang zh-CN", () => {
    const dir = setup();
    const r = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--lang", "zh-CN"], { cwd: dir });
    expect(r.stdout).toContain("预演");
    expect(r.stdout).toContain("第 5 行");
    expect(r.stdout).toContain("“Amount”列");
  });
});
