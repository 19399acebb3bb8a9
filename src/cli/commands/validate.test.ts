import { writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCli,
  tempDir,
} from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const BROKEN = {
  schemaVersion: 1,
  id: "broken",
  name: "Broken",
  steps: [
    { id: "a", name: "A", owner: [{ when: "amount >", assign: "Ann" }], next: [{ goto: "nowhere" }] },
    { id: "a", name: "A again", owner: "Bo" },
  ],
};

describe("procsheet validate", () => {
  it("says a valid definition is valid, exit 0", () => {
    const r = runCli(["validate", MINI]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^✓ .*mini\.process\.json: Purchase \(purchase\) — 4 steps, 3 fields, 3 tests\n$/,
    );
  });

  it("prints every problem as `path: message`, one per line, exit 1", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), JSON.stringify(BROKEN));
    const r = runCli(["validate", "broken.json"], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^[\w[\].()]+: \S/);
    expect(r.stdout).toMatch(
      /steps\[0\]\.owner\[0\]\.when: owner rule 1 of “.+”, its condition: The rule cannot be read at character/,
    );
    expect(r.stderr).toContain("✗ broken.json");
  });

  it("reports text that is not JSON as a problem of the definition", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "x.json"), "{ nope");
    const r = runCli(["validate", "x.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\(root\): not valid JSON/);
  });

  it("--json gives { valid, problems: [{ path, message }] }", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), JSON.stringify(BROKEN));
    const bad = JSON.parse(runCli(["validate", "broken.json", "--json"], { cwd: dir }).stdout) as {
      valid: boolean;
      problems: { path: string; message: string }[];
    };
    expect(bad.valid).toBe(false);
    expect(Object.keys(bad.problems[0] ?? {})).toEqual(["path", "message"]);
    expect(JSON.parse(runCli(["validate", MINI, "--json"]).stdout)).toEqual({ valid: true, problems: [] });
  });

  it("a missing file is bad input, exit 2", () => {
    const r = runCli(["validate", "no/such.process.json"]);
    expectBadInput(r);
    expect(r.stderr).toContain("no/such.process.json does not exist");
  });
});
