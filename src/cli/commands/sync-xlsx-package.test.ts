import { posix } from "path";
import { Workbook, type Worksheet } from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  MINI,
  readZip,
  removeTempDirs,
  runCli,
  tempDir,
  writeZip,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const NOW = "2026-01-20T09:00:00";
const EVENTS = [
  ["PR-0001", "2026-01-05T09:00:00", "created", "request", "", "todo", "", ""],
  ["PR-0001", "2026-01-06T09:00:00", "advanced", "review", "request", "todo", "", ""],
  ["PR-0001", "2026-01-09T09:00:00", "closed", "review", "", "done", "", ""],
];

/**
 * A workbook as openpyxl, LibreOffice or Google Sheets write one: every relationship names its part by an
 * absolute name (`/xl/worksheets/sheet1.xml`), which ECMA-376 Part 2 (§9.3) allows as well as relative ones.
 */
async function absoluteNamesWorkbook(file: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Requests");
  ws.addTable({
    name: "Requests",
    ref: "A1",
    columns: ["ID", "Amount", "Requester", "Notes"].map((name) => ({ name })),
    rows: [
      [null, 500, "Ann", "keep me"],
      ["PR-0007", 20, "Bo", null],
    ],
  });
  const history = wb.addWorksheet("History of requests");
  history.addRow(["caseId", "at", "type", "step", "fromStep", "status", "owner", "by"]);
  for (const e of EVENTS) history.addRow(e);
  const parts = await readZip(Buffer.from(await wb.xlsx.writeBuffer()));
  let rewritten = 0;
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels")) continue;
    const from = posix.dirname(posix.dirname(name));
    parts.set(
      name,
      xml.replace(/Target="([^"/][^"]*)"/g, (_m, target: string) => {
        rewritten++;
        return `Target="/${posix.normalize(posix.join(from === "." ? "" : from, target))}"`;
      }),
    );
  }
  expect(rewritten).toBeGreaterThanOrEqual(6);
  expect(parts.get("xl/_rels/workbook.xml.rels")).toContain('Target="/xl/worksheets/sheet1.xml"');
  writeFileSync(file, await writeZip(parts));
}

describe("workbooks whose package names its parts by absolute names", () => {
  it("are synced in place, keeping their data, and stay readable", async () => {
    const dir = tempDir();
    await absoluteNamesWorkbook(join(dir, "r.xlsx"));
    const r = runCli(["sync", MINI, "r.xlsx", "--now", NOW, "--out", "r.xlsx"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("PR-0008");
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(dir, "r.xlsx")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Requests") as Worksheet;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(["ID", "Amount", "Requester", "Notes", "Step", "Status", "Owner"]),
    );
    expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual(["PR-0008", 500, "Ann", "keep me"]);
    expect((ws.getRow(3).values as unknown[]).slice(1, 4)).toEqual(["PR-0007", 20, "Bo"]);
    // The tick's events went into the workbook's own History sheet, below the rows it had.
    const history = wb.getWorksheet("History of requests") as Worksheet;
    const appended = (
      JSON.parse(runCli(["sync", MINI, "r.xlsx", "--now", NOW, "--json"], { cwd: dir }).stdout) as {
        events: unknown[];
      }
    ).events.length;
    expect(appended).toBe(0);
    expect(history.rowCount).toBeGreaterThan(1 + EVENTS.length);
  });

  it("are analysed from their History sheet", async () => {
    const dir = tempDir();
    await absoluteNamesWorkbook(join(dir, "r.xlsx"));
    const r = runCli(["analyze", MINI, "r.xlsx", "--now", NOW, "--json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { cases: unknown }).cases).toEqual({ closed: 1, cancelled: 0, open: 0 });
  });
});
