import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCliAll,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";
import { writeFixtureXlsx } from "../../../test/fixtures/cli/xlsx-fixture";
import { messagesFor } from "../messages";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00:00";
// A heap of 96 MB (V8 adds 48 MB of young generation: a limit of 144 MB), where a few rows fit and 60,000 do not.
const SMALL_HEAP = { NODE_OPTIONS: "--max-old-space-size=96" };
const ROWS = 60_000;

function registerRows(n: number): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [["ID", "Status", "Amount", "Requester", "Notes"]];
  for (let i = 0; i < n; i++) rows.push([null, null, 500 + i, "Ann", `note ${i}`]);
  return rows;
}

function csv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(",")).join("\n");
}

describe("procsheet sync and a register too large for its memory", () => {
  it("refuses it before reading it: one line with the size, the limit and what to do, exit 2, nothing written", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "big.csv"), csv(registerRows(ROWS)));
    writeFileSync(
      join(dir, "big.xlsx"),
      await writeFixtureXlsx([{ name: "Requests", rows: registerRows(ROWS), table: "Requests" }]),
    );
    const before = [readFileSync(join(dir, "big.csv")), readFileSync(join(dir, "big.xlsx"))];
    const runs = await runCliAll(
      [
        ["sync", MINI, "big.csv", "--now", NOW, "--out", "out.xlsx"],
        ["sync", MINI, "big.xlsx", "--now", NOW, "--out", "big.xlsx"],
        ["sync", MINI, "big.csv", "--now", NOW, "--out", "big.csv", "--lang", "zh-CN"],
      ],
      { cwd: dir, env: SMALL_HEAP },
    );
    for (const r of runs) expectBadInput(r);
    const [csvRun, xlsxRun, zhRun] = runs;
    expect(csvRun?.stderr).toMatch(
      /^procsheet: big\.csv is too large to sync in this process's memory: about 60,00\d rows \(\d+ MB of cells\) need about \d+ MB, and the limit here is 144 MB — split the register into smaller files, or give Node more memory: NODE_OPTIONS=--max-old-space-size=\d+ \(nothing was read or written\)\n$/,
    );
    expect(xlsxRun?.stderr).toContain("big.xlsx is too large to sync");
    expect(zhRun?.stderr).toContain("太大");
    expect(zhRun?.stderr).toContain("NODE_OPTIONS=--max-old-space-size=");
    expect(readFileSync(join(dir, "big.csv")).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(join(dir, "big.xlsx")).equals(before[1] as Buffer)).toBe(true);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  }, 60_000);

  it("syncs a register that fits in the same memory", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "small.csv"), csv(registerRows(50)));
    const [r] = await runCliAll([["sync", MINI, "small.csv", "--now", NOW, "--out", "out.xlsx"]], {
      cwd: dir,
      env: SMALL_HEAP,
    });
    expect(r?.stderr).toBe("");
    expect(r?.status).toBe(0);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(true);
  });

  it("suggests a heap size Node accepts as written: digits without a thousands separator, in both languages", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const [, todo] = messagesFor(lang).tooLarge("big.csv", 300_000, 27, 1476, 304, 2048);
      expect(todo).toContain("NODE_OPTIONS=--max-old-space-size=2048");
    }
  });
});
