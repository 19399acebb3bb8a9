import { writeFileSync } from "fs";
import { join } from "path";
import { MINI, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

describe("procsheet sync with People (docs/specification.md §1.8)", () => {
  it("passes over a member away today when least-busy routes, from --people", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "r.csv"),
      "ID,Step,Status,Owner,Amount,Requester\nPR-0001,Review,To do,,5,Zed\nPR-0002,Review,To do,,5,Zed\n",
    );
    writeFileSync(join(dir, "people.csv"), "Name,Away until\nAnn,2026-03-10\n");
    const args = ["sync", MINI, "r.csv", "--now", "2026-03-02T09:00", "--json"];
    const owners = (extra: string[]): unknown[] =>
      (
        JSON.parse(runCli([...args, ...extra], { cwd: dir }).stdout) as { rows: { owner?: string }[] }
      ).rows.map((r) => r.owner);
    expect(owners([])).toEqual(["Ann", "Bo"]);
    expect(owners(["--people", "people.csv"])).toEqual(["Bo", "Cy"]);
  });
});
