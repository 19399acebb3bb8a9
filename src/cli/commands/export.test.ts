import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { validateXML } from "xmllint-wasm";
import {
  expectBadInput,
  removeTempDirs,
  runCli,
  runCliAll,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";
import { utcOffsetOption } from "./export";

afterAll(removeTempDirs);

const SCHEMA = readFileSync(join(__dirname, "../../../test/xes/xes-1849-2016.xsd"), "utf8");
const NOW = "2026-03-02T09:00";

/** A sample register with its History, as `init --sample` writes it. */
function sampleWorkbook(): string {
  const dir = tempDir();
  const r = runCli(["init", "procurement", "--out", "r.xlsx", "--sample", "--now", NOW, "--no-auto-open"], {
    cwd: dir,
  });
  expect(r.status).toBe(0);
  return dir;
}

describe("procsheet export", () => {
  it("writes the workbook's History as XES that the standard's schema accepts, the register's fields on each case", async () => {
    const dir = sampleWorkbook();
    const r = runCli(["export", "procurement", "r.xlsx", "--xes", "log.xes", "--utc-offset", "+08:00"], {
      cwd: dir,
    });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/^✓ log\.xes: XES log of \d+ cases, \d+ events, times at UTC\+08:00\n$/);
    const xes = readFileSync(join(dir, "log.xes"), "utf8");
    const valid = await validateXML({
      xml: [{ fileName: "log.xes", contents: xes }],
      schema: [{ fileName: "xes-1849-2016.xsd", contents: SCHEMA }],
    });
    expect(valid.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(xes).toContain('<string key="concept:name" value="PR-0001"/>');
    expect(xes).toContain('<string key="category" value="IT equipment &amp; software"/>');
    expect(xes).toMatch(/<date key="time:timestamp" value="2025-\d\d-\d\dT\d\d:\d\d:00\.000\+08:00"\/>/);
    const events = Number(/(\d+) events/.exec(r.stdout)?.[1]);
    expect((xes.match(/<event>/g) ?? []).length).toBe(events);
  });

  it("writes the CSV for BI in the language asked, UTF-8 with a BOM, one row per step visit", () => {
    const dir = sampleWorkbook();
    const r = runCli(["export", "procurement", "r.xlsx", "--csv", "log.csv", "--lang", "zh-CN"], {
      cwd: dir,
    });
    expect(r.status).toBe(0);
    const bytes = readFileSync(join(dir, "log.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(header).toMatch(/^编号,步骤,开始时间,完成时间,负责人,事件类型,采购物品,类别,采购金额,/);
    expect(first).toMatch(/^PR-\d{4},确定产品需求,\d{4}-\d\d-\d\d \d\d:\d\d:00,/);
  });

  it("takes a History file and the register apart (--register); without one, says the cases carry no fields", () => {
    const dir = sampleWorkbook();
    expect(
      runCli(["sync", "procurement", "r.xlsx", "--now", NOW, "--out", "copy.csv"], { cwd: dir }).status,
    ).toBe(0);
    const history = runCli(["export", "procurement", "r.xlsx", "--xes", "full.xes"], { cwd: dir });
    expect(history.status).toBe(0);
    writeFileSync(
      join(dir, "h.csv"),
      "caseId,at,type,step,status\nPR-0001,2026-01-05 09:00,created,need,todo\n",
    );
    const apart = runCli(["export", "procurement", "h.csv", "--register", "copy.csv", "--xes", "a.xes"], {
      cwd: dir,
    });
    expect(apart.status).toBe(0);
    expect(readFileSync(join(dir, "a.xes"), "utf8")).toContain(
      '<string key="item" value="ThinkPad T14 笔记本电脑 ×5"/>',
    );
    const bare = runCli(["export", "procurement", "h.csv", "--csv", "b.csv"], { cwd: dir });
    expect(bare.status).toBe(0);
    expect(bare.stderr).toContain("no register given, so the cases carry no fields");
  });

  it("refuses what it cannot do, writing nothing", async () => {
    const dir = sampleWorkbook();
    const results = await runCliAll(
      [
        ["export", "procurement", "r.xlsx"],
        ["export", "procurement", "r.xlsx", "--xes", "log.txt"],
        ["export", "procurement", "r.xlsx", "--csv", "r.csv", "--register", "r.csv"],
        ["export", "procurement", "r.xlsx", "--xes", "log.xes", "--utc-offset", "8 hours"],
        ["export", "procurement", "missing.xlsx", "--xes", "log.xes"],
      ],
      { cwd: dir },
    );
    for (const r of results) expectBadInput(r);
    expect(results.map((r) => r.stderr.split(" — ")[0])).toEqual([
      "procsheet: export needs --xes FILE or --csv FILE",
      "procsheet: --xes log.txt does not end in .xes",
      "procsheet: r.csv is one of the inputs",
      'procsheet: "8 hours" is not an offset from UTC',
      "procsheet: missing.xlsx does not exist",
    ]);
  });

  it("reads the offset as +08:00, -05:00, +0530, +8 or Z; the machine's own by default", () => {
    expect(["+08:00", "-05:00", "+0530", "+8", "Z"].map((t) => utcOffsetOption(t))).toEqual([
      480, -300, 330, 480, 0,
    ]);
    expect(utcOffsetOption("+25:00")).toBeUndefined();
    const winter = new Date(2026, 0, 15);
    expect(utcOffsetOption(undefined, winter)).toBe(-winter.getTimezoneOffset());
  });
});
