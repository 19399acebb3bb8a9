import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { MINI, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00";
const STAMP = "2026-01-05T09:00:00";

function setup(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, "register.csv"), text);
  writeFileSync(join(dir, "process.json"), readFileSync(MINI));
  return dir;
}

const sync = (dir: string, ...more: string[]) =>
  runCli(["sync", "process.json", "register.csv", "--now", NOW, ...more], { cwd: dir });

interface SyncJson {
  rows: { id?: string; requester?: string }[];
}

describe("procsheet sync on CSV files with mixed line ends and multi-line cells", () => {
  it("numbers and routes rows a script appended with LF to a CRLF register, as Excel reads them", () => {
    const dir = setup("ID,Amount,Requester\r\n,5,Ann\r\n,6,Bo\n,7,Cy\n");
    const r = sync(dir, "--json");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as SyncJson;
    expect(json.rows.map((row) => [row.id, row.requester])).toEqual([
      ["PR-0001", "Ann"],
      ["PR-0002", "Bo"],
      ["PR-0003", "Cy"],
    ]);
  });

  it("reads CRLF rows in an LF register and bare CR rows without stray characters, writing the file's own line end", () => {
    const dir = setup("ID,Amount,Requester\n,5,Ann\r\n,6,Bo\r,7,Cy\n");
    expect(sync(dir, "--out", "register.csv").status).toBe(0);
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(
      "ID,Amount,Requester,Step,Status,Owner,Due,Step started,Created\n" +
        `PR-0001,5,Ann,Request,To do,Ann,2026-01-06,${STAMP},${STAMP}\n` +
        `PR-0002,6,Bo,Request,To do,Bo,2026-01-06,${STAMP},${STAMP}\n` +
        `PR-0003,7,Cy,Request,To do,Cy,2026-01-06,${STAMP},${STAMP}\n`,
    );
  });

  it("quotes a multi-line cell (Alt+Enter) so its lines never start a record, and guards a formula on any line", () => {
    const attack = "=cmd|' /C calc'!A0";
    const dir = setup(
      `ID,Amount,Requester,Notes\r\n,5,Ann,"first line\n${attack}"\r\n,6,Bo,"one\rtwo"\r\n,7,Cy,"a\r\n@SUM(A1)"\r\n`,
    );
    expect(sync(dir, "--out", "register.csv").status).toBe(0);
    const once = readFileSync(join(dir, "register.csv"), "utf8");
    expect(once).toContain(`,"first line\n'${attack}",`);
    expect(once).toContain(`,"one\rtwo",`);
    expect(once).toContain(`,"a\r\n'@SUM(A1)",`);
    // No line of the file starts with a character a spreadsheet would take for a formula.
    expect(once.split(/\r\n|\r|\n/).filter((line) => /^[=+\-@\t]/.test(line))).toEqual([]);
    // Read back, the cells are what they were: a second tick changes nothing and writes the same bytes.
    const again = sync(dir, "--out", "register.csv");
    expect(again.stdout).toContain("No changes.");
    expect(readFileSync(join(dir, "register.csv"), "utf8")).toBe(once);
    const json = JSON.parse(sync(dir, "--json").stdout) as SyncJson;
    expect(json.rows.map((row) => row.id)).toEqual(["PR-0001", "PR-0002", "PR-0003"]);
  });
});
