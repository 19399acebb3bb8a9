import { installExcelSimulation, type ExcelSimulation } from "../../../test/excel-sim";
import { NOW, template } from "../../../test/excel-fixtures/sim-fixture";
import { createProcsheetExcel } from "../api";
import { AUTO_OPEN_SETTING } from "./open-with-workbook";

// https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
let sim: ExcelSimulation;
afterEach(() => sim?.uninstall());

describe("a workbook the pane binds a process to opens the pane with it from then on", () => {
  it("creating a register saves Office.AutoShowTaskpaneWithDocument in the document", async () => {
    sim = installExcelSimulation();
    expect(sim.snapshot().documentSettings?.[AUTO_OPEN_SETTING]).toBeUndefined();
    const r = await createProcsheetExcel().createRegister(template("procurement"), {
      lang: "en",
      sample: false,
      now: NOW,
    });
    expect(r.ok).toBe(true);
    expect(sim.snapshot().documentSettings?.[AUTO_OPEN_SETTING]).toBe(true);
  });

  it("a refused register leaves the document untagged", async () => {
    sim = installExcelSimulation();
    const excel = createProcsheetExcel();
    await excel.createRegister(template("procurement"), { lang: "en", sample: false, now: NOW });
    Office.context.document.settings.remove(AUTO_OPEN_SETTING);
    await new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
    // The same process again: refused, nothing bound.
    const again = await excel.createRegister(template("procurement"), {
      lang: "en",
      sample: false,
      now: NOW,
    });
    expect(again.ok).toBe(false);
    expect(sim.snapshot().documentSettings?.[AUTO_OPEN_SETTING]).toBeUndefined();
  });
});
