import { createProcsheetExcel } from "../excel/api";
import { NOW, readRecords, registerIn, template } from "../../test/excel-fixtures/sim-fixture";
import { installExcelSimulation } from "../../test/excel-sim";
import {
  onPaneRequest,
  onRibbonOutcome,
  registerRibbonCommands,
  syncFromRibbon,
  type PaneRequest,
  type RibbonOutcome,
} from "./ribbon-commands";

describe('the ribbon\'s "Sync process" command', () => {
  it("syncs the workbook's only process without the pane, and tells the pane what it did", async () => {
    const { sim, binding } = await registerIn(template("sales"));
    try {
      const seen: RibbonOutcome[] = [];
      const stop = onRibbonOutcome((o) => seen.push(o));
      const outcome = await syncFromRibbon(createProcsheetExcel(), () => NOW);
      stop();
      expect(outcome).toMatchObject({ kind: "synced", process: "sales" });
      expect(seen).toEqual([outcome]);
      const rows = await readRecords(binding.tableName);
      expect(rows.every((r) => String(r["ID"]).startsWith("SAL-"))).toBe(true);
    } finally {
      sim.uninstall();
    }
  });

  it("syncs the process whose register holds the cursor when the workbook has several", async () => {
    const { sim } = await registerIn(template("sales"));
    try {
      const excel = createProcsheetExcel();
      const second = await excel.createRegister(template("procurement"), {
        lang: "en",
        sample: true,
        now: NOW,
      });
      if (!second.ok) throw new Error(second.error.message);
      sim.user.select("Procurement", "C5");
      const outcome = await syncFromRibbon(excel, () => NOW);
      expect(outcome).toMatchObject({ kind: "synced", process: "procurement" });
    } finally {
      sim.uninstall();
    }
  });

  it("says so when there is no process to sync", async () => {
    const sim = installExcelSimulation();
    try {
      const outcome = await syncFromRibbon(createProcsheetExcel(), () => NOW);
      expect(outcome).toEqual({ kind: "noProcess" });
    } finally {
      sim.uninstall();
    }
  });
});

describe('the ribbon\'s "New case" command', () => {
  it("opens the pane on the New case form of the process under the cursor", async () => {
    const { sim } = await registerIn(template("sales"));
    try {
      const excel = createProcsheetExcel();
      await excel.createRegister(template("procurement"), { lang: "en", sample: true, now: NOW });
      sim.user.select("Procurement", "C5");
      registerRibbonCommands(excel, () => NOW);
      const requests: PaneRequest[] = [];
      await sim.user.pressButton("newCase");
      // The pane was not listening yet: the request waits for it, and is taken once.
      const stop = onPaneRequest((r) => requests.push(r));
      stop();
      onPaneRequest((r) => requests.push(r))();
      expect(requests).toEqual([{ kind: "newCase", process: "procurement" }]);
      expect(sim.host.ribbon.showRequests).toBe(1);
    } finally {
      sim.uninstall();
    }
  });

  it("says there is no process, in the pane it opens, when the workbook holds none", async () => {
    const sim = installExcelSimulation();
    try {
      const seen: RibbonOutcome[] = [];
      const stop = onRibbonOutcome((o) => seen.push(o));
      registerRibbonCommands(createProcsheetExcel(), () => NOW);
      await sim.user.pressButton("newCase");
      stop();
      expect(seen.at(-1)).toEqual({ kind: "noProcess" });
      expect(sim.host.ribbon.paneShown).toBe(true);
    } finally {
      sim.uninstall();
    }
  });
});
