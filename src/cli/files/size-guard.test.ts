import { writeFileSync } from "fs";
import { join } from "path";
import { removeTempDirs, tempDir } from "../../../test/fixtures/cli/cli-harness";
import { writeFixtureXlsx } from "../../../test/fixtures/cli/xlsx-fixture";
import { createContext } from "../context";
import { fileWork, heapFor, HEAP_PER_BYTE, HEAP_PER_HISTORY_ROW, HEAP_PER_ROW } from "./size-guard";

afterAll(removeTempDirs);

function context(cwd: string): ReturnType<typeof createContext> {
  return createContext({ lang: "en", langExplicit: false, cwd, env: {}, stdout: () => {}, stderr: () => {} });
}

describe("the size guard's estimate of a file's work", () => {
  it("counts a CSV's lines whatever ends them and whatever its encoding, and its bytes", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "mixed.csv"), "ID,Status\r\nPR-1,Done\nPR-2,To do\rPR-3,Done");
    writeFileSync(join(dir, "utf16.csv"), Buffer.from("\uFEFFID\tStatus\r\nPR-1\tDone\r\n", "utf16le"));
    const ctx = context(dir);
    expect(fileWork(ctx, "mixed.csv", "csv")).toEqual({ kind: "csv", rows: 4, historyRows: 0, bytes: 41 });
    expect(fileWork(ctx, "utf16.csv", "csv")?.rows).toBe(3);
    expect(fileWork(ctx, "mixed.csv", "csv", "history")?.historyRows).toBe(4);
    expect(fileWork(ctx, "missing.csv", "csv")).toBeUndefined();
  });

  it("takes an .xlsx's rows from its sheets' dimensions, History's apart, and its cell XML from the zip directory", async () => {
    const dir = tempDir();
    const rows = (n: number): string[][] => Array.from({ length: n }, (_v, i) => [`PR-${i}`, "Done"]);
    writeFileSync(
      join(dir, "r.xlsx"),
      await writeFixtureXlsx([
        { name: "Register", rows: rows(10), table: "Register" },
        { name: "Purchase History", rows: rows(5), top: 3 },
      ]),
    );
    const work = fileWork(context(dir), "r.xlsx", "xlsx");
    expect(work).toMatchObject({ kind: "xlsx", rows: 15, historyRows: 5 });
    expect(work?.bytes).toBeGreaterThan(500);
    expect(heapFor(work as NonNullable<typeof work>)).toBe(
      10 * HEAP_PER_ROW + 5 * HEAP_PER_HISTORY_ROW + (work?.bytes ?? 0) * HEAP_PER_BYTE.xlsx,
    );
  });
});
