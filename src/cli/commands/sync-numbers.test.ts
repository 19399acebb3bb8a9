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
// A register kept in Excel with German number formats and saved as CSV (semicolons, as Excel does there).
const GERMAN = "ID;Amount;Requester\n;60.000;Ann\n;1,5;Bo\n;1.234,56;Cy\n";

interface SyncJson {
  rows: { id?: string; amount?: number }[];
  errors: { id: string | null; message: string; row: number }[];
}

function setup(text: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, "register.csv"), text);
  writeFileSync(join(dir, "process.json"), readFileSync(MINI));
  return dir;
}

const sync = (dir: string, ...more: string[]) =>
  runCli(["sync", "process.json", "register.csv", "--now", NOW, "--json", ...more], { cwd: dir });

describe("procsheet sync on numbers typed as text", () => {
  it("makes a number that reads two ways (60.000) that row's error instead of guessing", () => {
    const r = sync(
      setup('ID,Amount,Requester\nPR-0001,60.000,Ann\nPR-0002,"1,500",Bo\nPR-0003,"1,234.56",Cy\n'),
    );
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as SyncJson;
    expect(json.errors.map((e) => [e.row, e.id, e.message])).toEqual([
      [
        1,
        "PR-0001",
        'Column "Amount": "60.000" is ambiguous: 60 if "." marks decimals, 60000 if "," does; write it without thousands separators, or give the register\'s number locale',
      ],
      [
        2,
        "PR-0002",
        expect.stringContaining('"1,500" is ambiguous: 1500 if "." marks decimals, 1.5 if "," does'),
      ],
    ]);
    expect(json.rows[2]?.amount).toBe(1234.56);
  });

  it("reads numbers by --number-locale: de-DE reads 60.000 as sixty thousand, en-US as sixty", () => {
    const dir = setup(GERMAN);
    const de = sync(dir, "--number-locale", "de-DE");
    expect(de.status).toBe(0);
    expect((JSON.parse(de.stdout) as SyncJson).rows.map((row) => row.amount)).toEqual([60000, 1.5, 1234.56]);
    const en = sync(dir, "--number-locale", "en-US");
    expect(en.status).toBe(1);
    const json = JSON.parse(en.stdout) as SyncJson;
    expect(json.rows[0]?.amount).toBe(60);
    expect(json.errors.map((e) => e.row)).toEqual([2, 3]);
  });

  it("says it in Chinese, and refuses a locale it does not know", () => {
    const dir = setup(GERMAN);
    const zh = runCli(["sync", "process.json", "register.csv", "--now", NOW, "--lang", "zh-CN"], {
      cwd: dir,
    });
    expect(zh.stdout).toContain("“Amount”列：“60.000”有歧义：若“.”为小数点则为 60，若“,”为小数点则为 60000");
    const bad = sync(dir, "--number-locale", "not a locale");
    expectBadInput(bad);
    expect(bad.stderr).toContain('--number-locale "not a locale"');
  });
});
