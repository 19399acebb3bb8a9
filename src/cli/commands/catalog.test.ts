import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  FIXTURES,
  removeTempDirs,
  ROOT,
  runCli,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const SAMPLE = JSON.parse(readFileSync(join(FIXTURES, "cli/sample.process.json"), "utf8")) as {
  id: string;
  version?: number;
};
const SCRIPT = join(ROOT, "scripts/catalog.mjs");

interface IndexJson {
  schema: number;
  processes: { file: string; sha256: string; id?: string; version?: number; name?: unknown }[];
}

/** A deployed add-in folder (manifest.xml beside catalog/) holding `files`. */
function deployedFolder(files: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(join(dir, "manifest.xml"), "<OfficeApp/>");
  mkdirSync(join(dir, "catalog"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "catalog", name), text);
  return dir;
}

const index = (dir: string): IndexJson =>
  JSON.parse(readFileSync(join(dir, "catalog/index.json"), "utf8")) as IndexJson;

describe("procsheet catalog", () => {
  it("indexes every process of the deployed folder's catalog/, with id, version and a content hash", () => {
    const v2 = JSON.stringify({ ...SAMPLE, version: 2 }, null, 2);
    const dir = deployedFolder({
      "purchase.process.json": v2,
      "purchase-v1.process.json": JSON.stringify({ ...SAMPLE, version: 1 }),
      "notes.txt": "not a process",
    });
    const r = runCli(["catalog", "."], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("✓ purchase.process.json: Purchase (purchase) version 2");
    expect(r.stdout).toContain("purchase-v1.process.json: Purchase (purchase) version 1 — kept as history");
    expect(r.stdout).toContain("Wrote catalog/index.json: 2 files.");
    const written = index(dir);
    expect(written.schema).toBe(1);
    expect(written.processes.map((p) => [p.file, p.id, p.version])).toEqual([
      ["purchase-v1.process.json", "purchase", 1],
      ["purchase.process.json", "purchase", 2],
    ]);
    const hash = spawnSync("sha256sum", [join(dir, "catalog/purchase.process.json")], { encoding: "utf8" });
    expect(written.processes[1]?.sha256).toBe(hash.stdout.split(" ")[0]);
  });

  it("lists an invalid file with its problems, still writes the index, and exits 1", () => {
    const dir = deployedFolder({
      "broken.process.json": JSON.stringify({ ...SAMPLE, id: "broken", steps: [] }),
      "garbled.process.json": "{ not json",
      "purchase.process.json": JSON.stringify(SAMPLE),
    });
    const r = runCli(["catalog", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✗ broken\.process\.json: \d+ problems? \(the pane lists it with them\)/);
    expect(r.stdout).toMatch(/\n {2}steps.*\n/);
    expect(r.stdout).toMatch(/✗ garbled\.process\.json/);
    expect(r.stdout).toContain("3 files, 2 with problems");
    // The pane needs the broken files in the index to show an admin what is wrong with them.
    expect(index(dir).processes.map((p) => [p.file, p.id])).toEqual([
      ["broken.process.json", "broken"],
      ["garbled.process.json", undefined],
      ["purchase.process.json", "purchase"],
    ]);
  });

  it("flags two files of the same id and version", () => {
    const dir = deployedFolder({
      "a.process.json": JSON.stringify(SAMPLE),
      "b.process.json": JSON.stringify(SAMPLE),
    });
    const r = runCli(["catalog", join(dir, "catalog")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("! b.process.json: same id and version as a.process.json");
  });

  it("speaks Chinese under a zh-CN locale", () => {
    const dir = deployedFolder({});
    const r = runCli(["catalog", dir], { env: { LANG: "zh_CN.UTF-8" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("没有 *.process.json 文件");
    expect(index(dir)).toEqual({ schema: 1, processes: [] });
  });

  it("refuses what is not a folder", () => {
    const r = runCli(["catalog", "no-such-folder"], { cwd: tempDir() });
    expectBadInput(r);
    expect(r.stderr).toContain("no-such-folder is not a folder");
  });

  it("writes the same index as node scripts/catalog.mjs (the build's and the no-install way)", () => {
    const files = {
      "purchase.process.json": `\uFEFF${JSON.stringify({ ...SAMPLE, version: 3 })}`,
      "z.process.json": "[]",
      "名称.process.json": JSON.stringify({ id: "x", name: { en: "X", "zh-CN": "十" } }),
    };
    const viaCli = deployedFolder(files);
    const viaScript = deployedFolder(files);
    runCli(["catalog", viaCli]);
    const s = spawnSync(process.execPath, [SCRIPT, viaScript], { encoding: "utf8" });
    expect(s.stderr).toBe("");
    expect(s.status).toBe(0);
    expect(readFileSync(join(viaScript, "catalog/index.json"), "utf8")).toBe(
      readFileSync(join(viaCli, "catalog/index.json"), "utf8"),
    );
    expect(index(viaCli).processes.map((p) => p.file)).toEqual(Object.keys(files).sort());
  });
});
