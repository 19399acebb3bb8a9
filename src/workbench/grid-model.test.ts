import type { ExcelSimulation } from "../../test/excel-sim";
import { registerIn, template } from "../../test/excel-fixtures/sim-fixture";
import { chartData } from "./chart-data";
import { cellView, listChoices, selectedCell, sheetOf, sheetView, visibleSheets } from "./grid-model";
import { readParams, writeParams } from "./params";

let sim: ExcelSimulation;
beforeEach(async () => {
  ({ sim } = await registerIn(template("procurement"), { lang: "en", sample: true }));
});
afterEach(() => sim.uninstall());

function at(sheet: string, row: number, col: number) {
  const s = sheetOf(sim, sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return cellView(sim, s, row, col);
}

describe("the workbench grid's picture of a sheet", () => {
  it("draws a new register: its tabs, a frozen header row with filter buttons, banded rows, Excel's texts", () => {
    expect(visibleSheets(sim)).toEqual(["Sheet1", "Procurement", "Procurement History", "People"]);
    const view = sheetView(sim, "Procurement");
    expect(view).toMatchObject({ frozen: 1, hidden: 0, filtered: false });
    expect(view?.rows.slice(0, 3)).toEqual([0, 1, 2]);
    expect(view?.columns[0]).toMatchObject({ letter: "A" });
    expect(at("Procurement", 0, 0)).toMatchObject({ text: "ID", part: "header", filter: "button" });
    expect(at("Procurement", 1, 0)).toMatchObject({ text: "PR-0001", part: "band", align: "left" });
    expect(at("Procurement", 2, 0)).toMatchObject({ part: "plain" });
    expect(at("Procurement", 1, 5)).toMatchObject({ text: "2026-02-03 10:00", align: "right" });
  });

  it("leaves out the rows a filter hides, counts them, and marks the filtered column", () => {
    sim.coauthor.applyFilter("PS_procurement", "Status", ["Done"]);
    const view = sheetView(sim, "Procurement");
    expect(view?.filtered).toBe(true);
    expect(view?.hidden).toBeGreaterThan(0);
    expect(view?.rows).not.toContain(2); // PR-0002 is cancelled
    expect(at("Procurement", 0, 2)).toMatchObject({ text: "Status", filter: "filtered" });
  });

  it("shows the conditional formats the simulation evaluates over the cell's own format", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Procurement").getRange("C2:C34");
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=C2="Done"';
      cf.custom.format.fill.color = "#DFF6DD";
      cf.custom.format.font.bold = true;
      await context.sync();
    });
    expect(at("Procurement", 1, 2)).toMatchObject({ text: "Done", fill: "#DFF6DD", bold: true });
    expect(at("Procurement", 2, 2).fill).toBeUndefined();
  });

  it("offers a list validation's items as the in-cell drop-down", () => {
    expect(listChoices(sim, "Procurement", 1, 2)).toEqual([
      "To do",
      "In progress",
      "Waiting",
      "Blocked",
      "Done",
      "Cancelled",
    ]);
    expect(listChoices(sim, "Procurement", 1, 0)).toEqual([]);
  });

  it("knows the selected cell of the sheet it draws", () => {
    sim.user.select("Procurement", "C5:D6");
    expect(selectedCell(sim, "Procurement")).toEqual({ row: 4, col: 2 });
    expect(selectedCell(sim, "Sheet1")).toBeUndefined();
  });

  it("reads a chart's series values and categories from the cells it refers to", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B4").values = [
        ["Week", "Closed"],
        ["W1", 3],
        ["W2", ""],
        ["W3", 5],
      ];
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B4"));
      chart.title.text = "Cases closed per week";
      await context.sync();
    });
    const chart = sheetOf(sim, "Sheet1")?.charts[0];
    if (!chart) throw new Error("no chart");
    expect(chartData(sim, chart)).toMatchObject({
      title: "Cases closed per week",
      type: "ColumnClustered",
      series: [{ name: "Closed", values: [3, null, 5], xText: ["W1", "W2", "W3"] }],
    });
  });
});

describe("the workbench's address", () => {
  it("reads what the page starts from, falling back to the defaults", () => {
    expect(readParams("")).toEqual({ template: "procurement", lang: "en", api: "1.17", theme: "colorful" });
    expect(readParams("?template=sales&lang=zh-cn&api=1.13&theme=darkGray&now=2026-03-02T09:00:00")).toEqual({
      template: "sales",
      lang: "zh-CN",
      api: "1.13",
      theme: "darkGray",
      now: "2026-03-02T09:00:00",
    });
    expect(readParams("?template=../etc&api=2.0&theme=purple&now=tomorrow")).toEqual({
      template: "procurement",
      lang: "en",
      api: "1.17",
      theme: "colorful",
    });
    const params = {
      template: "none",
      lang: "zh-CN",
      api: "1.13",
      theme: "black",
      now: "2026-03-02T09:00:00",
    } as const;
    expect(readParams(writeParams(params))).toEqual(params);
    const manual = { ...params, manual: true } as const;
    expect(readParams(writeParams(manual))).toEqual(manual);
    expect(readParams("?automatic=off").manual).toBe(true);
  });
});
