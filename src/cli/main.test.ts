import { writeFileSync } from "fs";
import { join } from "path";
import {
  expectBadInput,
  MINI,
  removeTempDirs,
  runCli,
  runCliAll,
  tempDir,
} from "../../test/fixtures/cli/cli-harness";
import { main } from "./main";

afterAll(removeTempDirs);

describe("procsheet (dispatch, help, language, bad input)", () => {
  it("prints help for the program and for every command, exit 0", async () => {
    const commands = ["validate", "test", "sync", "analyze", "init"];
    const [main, help, ...each] = await runCliAll([
      ["--help"],
      ["help", "sync"],
      ...commands.map((c) => [c, "--help"]),
    ]);
    expect(main?.status).toBe(0);
    expect(main?.stdout).toContain("Usage: procsheet <command>");
    expect(help?.stdout).toContain("--reroute");
    each.forEach((r, i) => {
      expect([commands[i], r.status]).toEqual([commands[i], 0]);
      expect(r.stdout).toContain(`procsheet ${commands[i]}`);
    });
  });

  it("prints its version", () => {
    const r = runCli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("refuses a missing or unknown command, an unknown option and missing arguments with one line, exit 2", () => {
    for (const args of [
      [],
      ["frobnicate"],
      ["sync", "--bogus"],
      ["sync", MINI],
      ["validate", "a.json", "b.json"],
    ]) {
      const r = runCli(args);
      expectBadInput(r);
    }
    expect(runCli(["sync", "--bogus"]).stderr).toContain("unknown option --bogus");
    expect(runCli(["sync", MINI, "x.csv", "--out"]).stderr).toContain("--out needs a value");
  });

  it("takes the language from LANG / LC_ALL, and --lang over both", () => {
    expect(runCli(["frobnicate"], { env: { LANG: "zh_CN.UTF-8" } }).stderr).toContain("未知命令");
    expect(runCli(["frobnicate"], { env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } }).stderr).toContain(
      "未知命令",
    );
    expect(runCli(["frobnicate", "--lang", "en"], { env: { LANG: "zh_CN.UTF-8" } }).stderr).toContain(
      "unknown command",
    );
    expect(runCli(["--lang", "zh-CN", "--help"]).stdout).toContain("用法");
    expectBadInput(runCli(["validate", MINI, "--lang", "fr"]));
  });

  it("refuses a --now that is not a local date or time", async () => {
    for (const r of await runCliAll(
      ["yesterday", "2026-02-30", "2026-01-05T09:00:00Z"].map((now) => ["test", MINI, "--now", now]),
    )) {
      expectBadInput(r);
      expect(r.stderr).toContain("--now");
    }
  });

  it("reports a definition that is not valid as bad input in commands that need one", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), '{ "schemaVersion": 1 }');
    writeFileSync(join(dir, "r.csv"), "ID,Status\n");
    const r = runCli(["sync", "bad.json", "r.csv"], { cwd: dir });
    expectBadInput(r);
    expect(r.stderr).toContain("procsheet validate bad.json");
  });
});

describe("main (in process)", () => {
  it("turns an unexpected error into one line and exit 3", async () => {
    let stderr = "";
    const code = await main(["--version"], {
      env: {},
      cwd: process.cwd(),
      stdout: () => {
        throw new TypeError("stdout is gone");
      },
      stderr: (t) => {
        stderr += t;
      },
    });
    expect(code).toBe(3);
    expect(stderr).toBe(
      "procsheet: internal error: TypeError: stdout is gone — please report it with the command you ran (PROCSHEET_DEBUG=1 shows where)\n",
    );
  });
});
