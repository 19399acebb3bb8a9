import { installExcelSimulation, type ExcelSimulation } from "./index";

// The workbench's `?now=` pins the pane's clock; the simulated Excel must then read the same day in
// TODAY() and NOW(), in cells and in conditional formats, or the status colours disagree with the pane.
describe("a simulation with a pinned clock", () => {
  let sim: ExcelSimulation | undefined;
  afterEach(() => sim?.uninstall());

  it("gives TODAY() and NOW() the pinned day and time, in cells and in conditional formats", async () => {
    sim = installExcelSimulation({ now: "2026-03-02T09:30:00" });
    const values = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").formulas = [["=TODAY()", "=NOW()", "=TODAY()-DATE(2026,2,20)"]];
      sheet.getRange("D1").values = [[46083]];
      const cf = sheet.getRange("D1").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=$D$1=TODAY()";
      cf.custom.format.fill.color = "#FF0000";
      const r = sheet.getRange("A1:C1").load("values");
      await context.sync();
      return r.values[0];
    });
    // 2026-03-02 is serial 46083; 09:30 is 0.395833… of a day.
    expect(values?.[0]).toBe(46083);
    expect(values?.[1]).toBeCloseTo(46083 + 9.5 / 24, 6);
    expect(values?.[2]).toBe(10);
    expect(sim.cellAppearance("Sheet1", "D1").fill).toBe("#FF0000");
  });

  it("uses the machine's clock when nothing is pinned", async () => {
    sim = installExcelSimulation();
    const today = await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.formulas = [["=TODAY()"]];
      cell.load("values");
      await context.sync();
      return cell.values[0]?.[0];
    });
    const now = new Date();
    const serial = Math.round(
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
    expect(today).toBe(serial);
  });
});
