import { join } from "path";
import { expectBadInput, FIXTURES, MINI, runCli } from "../../../test/fixtures/cli/cli-harness";

const FAILING = join(FIXTURES, "cli/failing.process.json");

describe("procsheet test", () => {
  it("prints ✓ for each passing rule test and exits 0", () => {
    const r = runCli(["test", MINI]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("  ✓ big goes to budget\n");
    expect(r.stdout).toContain("  ✓ no requester is an error\n");
    expect(r.stdout).toContain("3 tests: 3 passed, 0 failed");
  });

  it("prints ✗ with what failed, and exits 1 when any test of any file fails", () => {
    const r = runCli(["test", MINI, FAILING]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "  ✗ small goes to budget (wrong on purpose)\n      next step: expected “Budget approval”, got “Order”\n",
    );
    expect(r.stdout).toContain("5 tests: 4 passed, 1 failed");
  });

  it("runs rules that name columns by their headers and owners by a role's name, as written", () => {
    const r = runCli(["test", join(FIXTURES, "cli/people-words.process.json")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("3 tests: 3 passed, 0 failed");
  });

  it("--json lists every outcome", () => {
    const r = runCli(["test", FAILING, "--json"]);
    const json = JSON.parse(r.stdout) as {
      passed: number;
      failed: number;
      files: { tests: { passed: boolean }[] }[];
    };
    expect([json.passed, json.failed, json.files[0]?.tests.map((t) => t.passed)]).toEqual([
      1,
      1,
      [true, false],
    ]);
  });

  it("a missing definition is bad input before any test runs", () => {
    const r = runCli(["test", MINI, "missing.process.json"]);
    expectBadInput(r);
    expect(r.stdout).toBe("");
  });
});
