import { Workbook } from "exceljs";
import { encode } from "iconv-lite";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCli,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00";
const STAMP = "2026-01-05T09:00:00";

function setup(name: string, bytes: Buffer): string {
  const dir = tempDir();
  writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, "process.json"), readFileSync(MINI));
  return dir;
}

function syncInPlace(dir: string, file: string, ...more: string[]) {
  return runCli(["sync", "process.json", file, "--now", NOW, "--out", file, ...more], { cwd: dir });
}

const strict = (label: string, bytes: Buffer): string =>
  new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);

describe("procsheet sync on CSV files in the encodings Excel writes", () => {
  it("writes a GB18030 (GBK) register back in GB18030 with its Chinese intact, and says how it read it", () => {
    const dir = setup("register.csv", encode("编号,状态,金额,申请人\r\n,,500,王芳\r\n", "gbk"));
    const r = syncInPlace(dir, "register.csv");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("read register.csv as GB18030");
    expect(strict("gb18030", readFileSync(join(dir, "register.csv")))).toBe(
      "编号,状态,金额,申请人,步骤,负责人,截止日期,步骤开始,创建时间\r\n" +
        `PR-0001,待办,500,王芳,申请,王芳,2026-01-06,${STAMP},${STAMP}\r\n`,
    );
  });

  it("appends events to a GB18030 History in GB18030, leaving the bytes already there as they were", () => {
    const history = encode(
      "caseId,at,type,step,fromStep,status,owner,by\r\nPR-0009,2026-01-02T09:00:00,assigned,request,,todo,李雷,\r\n",
      "gb18030",
    );
    const dir = setup("events.csv", history);
    writeFileSync(join(dir, "register.csv"), "ID,Status,Amount,Requester\n,,500,王芳\n");
    const r = runCli(
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
    expect(r.status).toBe(0);
    const written = readFileSync(join(dir, "events.csv"));
    expect(written.subarray(0, history.length)).toEqual(history);
    expect(strict("gb18030", written).split("\r\n")).toEqual([
      "caseId,at,type,step,fromStep,status,owner,by",
      "PR-0009,2026-01-02T09:00:00,assigned,request,,todo,李雷,",
      `PR-0001,${STAMP},created,request,,todo,,`,
      `PR-0001,${STAMP},assigned,request,,todo,王芳,`,
      "",
    ]);
  });

  it("reads Excel's Unicode text (UTF-16 LE with a BOM, TAB-separated) and writes it back the same way", () => {
    const dir = setup(
      "register.csv",
      Buffer.from("\uFEFFID\tStatus\tAmount\tRequester\r\n\t\t500\t王芳\r\n", "utf16le"),
    );
    const r = syncInPlace(dir, "register.csv");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("UTF-16 LE");
    const bytes = readFileSync(join(dir, "register.csv"));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(strict("utf-16le", bytes.subarray(2))).toBe(
      "ID\tStatus\tAmount\tRequester\tStep\tOwner\tDue\tStep started\tCreated\r\n" +
        `PR-0001\tTo do\t500\t王芳\tRequest\t王芳\t2026-01-06\t${STAMP}\t${STAMP}\r\n`,
    );
  });

  it("keeps a semicolon-separated register (Excel in German or French) separated by semicolons", () => {
    const dir = setup("register.csv", Buffer.from("ID;Amount;Requester\n;500;Ann\n"));
    expect(syncInPlace(dir, "register.csv").status).toBe(0);
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(
      "ID;Amount;Requester;Step;Status;Owner;Due;Step started;Created\n" +
        `PR-0001;500;Ann;Request;To do;Ann;2026-01-06;${STAMP};${STAMP}\n`,
    );
  });

  it("refuses a file that is neither UTF-8 nor GB18030, naming the byte, and writes nothing", () => {
    const bytes = Buffer.concat([Buffer.from("ID,Requester\n,Ann"), Buffer.from([0xff]), Buffer.from("\n")]);
    const dir = setup("register.csv", bytes);
    const r = syncInPlace(dir, "register.csv");
    expectBadInput(r);
    expect(r.stderr).toContain("register.csv is not text in UTF-8, UTF-16 or GB18030: byte 17");
    expect(readFileSync(join(dir, "register.csv"))).toEqual(bytes);
  });

  it("gives a CSV converted from a workbook a UTF-8 BOM, and none with --no-bom", async () => {
    const dir = tempDir();
    const wb = new Workbook();
    const ws = wb.addWorksheet("Register");
    ws.addRow(["ID", "Amount", "Requester"]);
    ws.addRow([null, 500, "王芳"]);
    await wb.xlsx.writeFile(join(dir, "r.xlsx"));
    const base = ["sync", MINI, "r.xlsx", "--now", NOW, "--out"];
    expect(runCli([...base, "people.csv"], { cwd: dir }).status).toBe(0);
    expect(runCli([...base, "machines.csv", "--no-bom"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "people.csv"), "utf8")).toMatch(/^\uFEFFID,Amount,Requester,/);
    expect(readFileSync(join(dir, "machines.csv"), "utf8")).toMatch(/^ID,Amount,Requester,/);
  });

  it("reads a process definition saved as Unicode (UTF-16 LE) by Notepad", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "p.process.json"), Buffer.from(`\uFEFF${readFileSync(MINI, "utf8")}`, "utf16le"));
    const r = runCli(["validate", "p.process.json"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("✓ p.process.json: Purchase (purchase)");
  });
});
