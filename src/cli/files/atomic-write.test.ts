import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { MINI, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";

afterAll(removeTempDirs);

const NOW = "2026-01-05T09:00";

describe("writing through symbolic links", () => {
  it("updates the register a link points at in place, and keeps the link", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared/register.csv"), "ID,Amount,Requester\n,5,Ann\n");
    symlinkSync("shared/register.csv", join(dir, "register.csv"));
    const r = runCli(["sync", MINI, "register.csv", "--now", NOW, "--out", "register.csv"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, "register.csv")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "register.csv"))).toBe("shared/register.csv");
    expect(readFileSync(join(dir, "shared/register.csv"), "utf8")).toContain("PR-0001,5,Ann,Request");
  });

  it("appends events through a chain of links to the History it ends at, and creates a missing one there", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "register.csv"), "ID,Amount,Requester\n,5,Ann\n");
    symlinkSync("data/history.csv", join(dir, "middle.csv"));
    symlinkSync("middle.csv", join(dir, "events.csv"));
    const args = [
      "sync",
      MINI,
      "register.csv",
      "--now",
      NOW,
      "--out",
      "register.csv",
      "--events",
      "events.csv",
    ];
    expect(runCli(args, { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, "events.csv")).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, "middle.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "data/history.csv"), "utf8")).toContain(
      "PR-0001,2026-01-05T09:00:00,created",
    );
  });
});
