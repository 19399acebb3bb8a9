import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { FIXTURES, removeTempDirs, ROOT, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const SAMPLE = JSON.parse(readFileSync(join(FIXTURES, "cli/sample.process.json"), "utf8")) as object;
const SCRIPT = join(ROOT, "scripts/catalog.mjs");

function catalogFolder(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, "catalog"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "catalog", name), text);
  return dir;
}

const indexedFiles = (dir: string): string[] =>
  (
    JSON.parse(readFileSync(join(dir, "catalog/index.json"), "utf8")) as { processes: { file: string }[] }
  ).processes.map((p) => p.file);

describe("procsheet catalog and what does not belong in the catalogue", () => {
  it("skips symbolic links, with a warning naming each, and never prints what one points at", () => {
    const dir = catalogFolder({ "purchase.process.json": JSON.stringify(SAMPLE) });
    const outside = join(tempDir(), "passwd");
    writeFileSync(outside, "root:x:0:0:secret-system-file");
    symlinkSync(outside, join(dir, "catalog/system.process.json"));
    symlinkSync("purchase.process.json", join(dir, "catalog/alias.process.json"));
    const r = runCli(["catalog", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toContain("secret-system-file");
    expect(r.stderr).toContain("procsheet: warning — skipped system.process.json: it is a symbolic link");
    expect(r.stderr).toContain("skipped alias.process.json: it is a symbolic link");
    expect(indexedFiles(dir)).toEqual(["purchase.process.json"]);
    // The no-install script writes the same index.
    const viaScript = catalogFolder({ "purchase.process.json": JSON.stringify(SAMPLE) });
    symlinkSync(outside, join(viaScript, "catalog/system.process.json"));
    expect(spawnSync(process.execPath, [SCRIPT, viaScript], { encoding: "utf8" }).status).toBe(0);
    expect(readFileSync(join(viaScript, "catalog/index.json"), "utf8")).toBe(
      readFileSync(join(dir, "catalog/index.json"), "utf8"),
    );
  });

  it("warns about two files with the same id and version, naming the file kept for that version", () => {
    const dir = catalogFolder({
      "a.process.json": JSON.stringify({ ...SAMPLE, version: 2 }),
      "b.process.json": JSON.stringify({ ...SAMPLE, version: 2 }),
      "c.process.json": JSON.stringify({ ...SAMPLE, version: 3 }),
    });
    const r = runCli(["catalog", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("! b.process.json: same id and version as a.process.json");
    expect(r.stderr).toBe(
      "procsheet: warning — b.process.json has the same id and version (purchase, version 2) as a.process.json; remove or renumber one of them\n",
    );
    const zh = runCli(["catalog", dir], { env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.stderr).toContain(
      "procsheet: 警告 —— b.process.json 与 a.process.json 的编号和版本相同（purchase，版本 2）",
    );
  });
});
