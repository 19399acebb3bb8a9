import { existsSync } from "node:fs";
import { join } from "node:path";
import { installExcelSimulation, type ExcelSimulation } from "../../../test/excel-sim";
import { registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { SELF_CHECKS } from "./all-checks";
import { EXCEL_API_VERSIONS, runSelfCheck, type CheckResult } from "./run-self-check";
import { settingName, xmlNamespace } from "./checks-storage";
import type { SelfCheck } from "./self-check";

let sim: ExcelSimulation | undefined;
afterEach(() => {
  sim?.uninstall();
  sim = undefined;
});

const minor = (v: string): number => Number(v.split(".")[1]);
const summary = (results: readonly CheckResult[]) => results.map((r) => `${r.id}: ${r.status} (${r.saw})`);

describe("one source, two hosts: every self-check on the simulation", () => {
  test.each(SELF_CHECKS.map((c) => [c.id, c] as const))(
    "%s passes at ExcelApi 1.17 and leaves the workbook as it was",
    async (_id, check) => {
      sim = installExcelSimulation({ sheets: ["Data"] });
      const before = sim.dump();
      const report = await runSelfCheck({ checks: [check] });
      expect(summary(report.results)).toEqual([expect.stringMatching(new RegExp(`^${check.id}: pass`))]);
      expect(sim.dump()).toEqual(before);
    },
  );

  test("the checks have unique ids, a Microsoft (or office-js) page and a simulation test that exists", () => {
    const ids = SELF_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const c of SELF_CHECKS) {
      expect(c.page).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//);
      expect(c.mirrors).toMatch(/^test\/excel-sim\/[\w-]+\.test\.ts$/);
      expect(existsSync(join(__dirname, "../../..", c.mirrors))).toBe(true);
    }
  });
});

describe("runSelfCheck", () => {
  test("on a workbook holding a register, every check passes at 1.17 and nothing of the workbook changes", async () => {
    ({ sim } = await registerIn(template("procurement")));
    await sim.settle();
    const before = sim.dump();
    const snapshot = sim.snapshot();
    const report = await runSelfCheck();
    expect(summary(report.results.filter((r) => r.status !== "pass"))).toEqual([]);
    expect(report.counts).toEqual({ pass: SELF_CHECKS.length, fail: 0, unsupported: 0, unobserved: 0 });
    expect(sim.dump()).toEqual(before);
    expect(sim.snapshot()).toEqual(snapshot);
  });

  test("a simulation calibrated the other way makes the check that settles its choice fail", async () => {
    sim = installExcelSimulation({ textFormatBlocksFormulas: true });
    const check = SELF_CHECKS.filter((c) => c.id === "text-format-keeps-formulas");
    const report = await runSelfCheck({ checks: check });
    expect(report.results[0]).toMatchObject({ status: "fail", choice: 3 });
    expect(report.counts.fail).toBe(1);
  });

  test("reports the host, platform, version and the ExcelApi sets isSetSupported says yes to", async () => {
    sim = installExcelSimulation({ apiVersion: "1.13", platform: "desktop" });
    const report = await runSelfCheck({ checks: [] });
    expect(report.host).toMatchObject({ host: "Excel", platform: "PC", version: "16.0.0.0" });
    expect(report.excelApi).toEqual(EXCEL_API_VERSIONS.slice(0, 13));
    expect(report.sharedRuntime).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test.each(["1.8", "1.13"] as const)(
    "at ExcelApi %s the checks that need a newer set say not supported here, and the others pass",
    async (apiVersion) => {
      sim = installExcelSimulation({ apiVersion, sheets: ["Data"] });
      const before = sim.dump();
      const report = await runSelfCheck();
      const expected = SELF_CHECKS.map((c) => {
        const newer = c.requires.set === "ExcelApi" && minor(c.requires.version) > minor(apiVersion);
        return `${c.id}: ${newer ? "unsupported" : "pass"}`;
      });
      expect(report.results.map((r) => `${r.id}: ${r.status}`)).toEqual(expected);
      expect(report.counts.unsupported).toBeGreaterThan(0);
      expect(sim.dump()).toEqual(before);
    },
  );

  test("on the desktop (no 5 MB limit) and without a shared runtime, those checks say not supported here", async () => {
    sim = installExcelSimulation({ platform: "desktop", otherSets: { SharedRuntime: "1.0" } });
    const report = await runSelfCheck();
    const notHere = report.results.filter((r) => r.status === "unsupported").map((r) => r.id);
    expect(notHere).toEqual(["startup-behavior-readable", "request-size-limit"]);
    expect(report.counts.fail).toBe(0);
  });

  test("a check that fails midway is reported as failed, and everything it added is removed", async () => {
    ({ sim } = await registerIn(template("procurement")));
    await sim.settle();
    const before = sim.dump();
    const leaves: SelfCheck = {
      id: "leaves-things-behind",
      page: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables",
      mirrors: "test/excel-sim/table.test.ts",
      requires: { set: "ExcelApi", version: "1.1" },
      run: async ({ context, sheet, tag }) => {
        sheet.getRange("A1:B2").values = [
          ["H1", "H2"],
          [1, 2],
        ];
        sheet.tables.add("A1:B2", true);
        sheet.getRange("D1:E2").merge();
        sheet.protection.protect();
        context.workbook.settings.add(settingName(tag), { left: true });
        context.workbook.customXmlParts.add(`<left xmlns="${xmlNamespace(tag)}"/>`);
        await context.sync();
        throw new Error("a check broke midway");
      },
    };
    const report = await runSelfCheck({ checks: [leaves, SELF_CHECKS[1]!] });
    expect(report.results.map((r) => [r.id, r.status, r.saw])).toEqual([
      ["leaves-things-behind", "fail", "threw Error: a check broke midway"],
      ["batch-not-atomic", "pass", expect.any(String)],
    ]);
    expect(sim.dump()).toEqual(before);
  });

  test("a batch Excel fails midway (injected) fails that check only, and its scratch sheet is removed", async () => {
    ({ sim } = await registerIn(template("procurement")));
    await sim.settle();
    const before = sim.dump();
    const target = SELF_CHECKS.findIndex((c) => c.id === "table-grows-on-write-below");
    let armed = false;
    // The check's first batch adds its scratch sheet; its next batch writes cells (applied), then Excel
    // fails the statement after them (adding the table).
    const stop = sim.onAfterChange((cause) => {
      if (cause !== "batch" || !armed) return;
      armed = false;
      sim?.failAt(1, "GeneralException");
    });
    const report = await runSelfCheck({ onProgress: (done) => (armed = done === target) });
    stop();
    const failed = report.results.filter((r) => r.status !== "pass");
    expect(failed.map((r) => [r.id, r.status, r.saw])).toEqual([
      ["table-grows-on-write-below", "fail", "threw GeneralException"],
    ]);
    expect(sim.dump()).toEqual(before);
  });
});
