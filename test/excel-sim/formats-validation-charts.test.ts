/** Conditional formats (add, read back, evaluate, clearAll), data validation and charts. */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1:B4").values = [
      ["Status", "Days"],
      ["Open", 3],
      ["Done", 12],
      ["Overdue soon", 7],
    ];
    await context.sync();
  });
});
afterEach(() => sim.uninstall());

test(`cellValue conditional format: rule and format read back, and evaluated per cell (${DOCS.cf})`, async () => {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem("Data")
      .getRange("B2:B4")
      .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    cf.cellValue.format.fill.color = "#FFC7CE";
    cf.cellValue.format.font.color = "#9C0006";
    cf.cellValue.rule = { formula1: "=5", operator: "GreaterThan" };
    await context.sync();
    const items = context.workbook.worksheets
      .getItem("Data")
      .getRange("B2:B4")
      .conditionalFormats.load("items/type");
    const back = context.workbook.worksheets
      .getItem("Data")
      .getRange("B2:B4")
      .conditionalFormats.getItemAt(0);
    back.cellValue.load("rule");
    back.cellValue.format.fill.load("color");
    await context.sync();
    expect(items.items.map((i) => i.type)).toEqual(["CellValue"]);
    expect(back.cellValue.rule).toEqual({ formula1: "=5", operator: "GreaterThan" });
    expect(back.cellValue.format.fill.color).toBe("#FFC7CE");
  });
  expect(sim.cellAppearance("Data", "B2")).toEqual({});
  expect(sim.cellAppearance("Data", "B3")).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
});

test(`containsText conditional format is case-insensitive on displayed text (${DOCS.cf})`, async () => {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem("Data")
      .getRange("A2:A4")
      .conditionalFormats.add(Excel.ConditionalFormatType.containsText);
    cf.textComparison.format.font.bold = true;
    cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: "over" };
    await context.sync();
  });
  expect(sim.cellAppearance("Data", "A4")).toEqual({ bold: true });
  expect(sim.cellAppearance("Data", "A2")).toEqual({});
});

test(`custom formula conditional format: relative references move with each cell (${DOCS.cf})`, async () => {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets
      .getItem("Data")
      .getRange("A2:B4")
      .conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = '=$A2="Done"';
    cf.custom.format.fill.color = "#C6EFCE";
    await context.sync();
    cf.custom.rule.load("formula");
    await context.sync();
    expect(cf.custom.rule.formula).toBe('=$A2="Done"');
  });
  expect(sim.cellAppearance("Data", "A3")).toEqual({ fill: "#C6EFCE" });
  expect(sim.cellAppearance("Data", "B3")).toEqual({ fill: "#C6EFCE" });
  expect(sim.cellAppearance("Data", "B2")).toEqual({});
  expect(sim.snapshot().sheets["Data"]?.conditionalFormats[0]).toMatchObject({
    address: "Data!A2:B4",
    type: "Custom",
    rule: { formula: '=$A2="Done"' },
  });
});

test(`dataBar, iconSet and presetCriteria formats; reading the wrong sub-object fails; clearAll removes them (${DOCS.cf})`, async () => {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("B2:B4");
    const bar = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    bar.dataBar.positiveFormat.fillColor = "#638EC6";
    const icons = range.conditionalFormats.add(Excel.ConditionalFormatType.iconSet);
    icons.iconSet.style = "ThreeTrafficLights1";
    const blanks = context.workbook.worksheets
      .getItem("Data")
      .getRange("C2:C4")
      .conditionalFormats.add(Excel.ConditionalFormatType.presetCriteria);
    blanks.preset.rule = { criterion: Excel.ConditionalFormatPresetCriterion.blanks };
    blanks.preset.format.fill.color = "#EEEEEE";
    await context.sync();
    icons.iconSet.load("style");
    await context.sync();
    expect(icons.iconSet.style).toBe("ThreeTrafficLights1");
    bar.custom.rule.load("formula");
    const err = await officeErrorOf(() => context.sync());
    expect(err.code).toBe("InvalidOperation");
  });
  expect(sim.cellAppearance("Data", "B3").dataBar).toEqual({ fraction: 1, color: "#638EC6" });
  expect(sim.cellAppearance("Data", "B2").dataBar?.fraction).toBeCloseTo(0.25);
  expect(sim.cellAppearance("Data", "C2")).toEqual({ fill: "#EEEEEE" });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1:C10").conditionalFormats.clearAll();
    await context.sync();
  });
  expect(sim.snapshot().sheets["Data"]?.conditionalFormats).toEqual([]);
});

test(`a cellValue rule with an unknown operator fails with InvalidArgument (${DOCS.cf})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Data")
        .getRange("B2:B4")
        .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.rule = { formula1: "5", operator: "Bigger" as Excel.ConditionalCellValueOperator };
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidArgument");
});

test(`list data validation from a string: read back; people typing are checked, API writes are not (${DOCS.dv})`, async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("A2:A4");
    r.dataValidation.rule = { list: { inCellDropDown: true, source: "Open,Done" } };
    await context.sync();
    r.dataValidation.load("type, rule, valid");
    await context.sync();
    expect(r.dataValidation.type).toBe("List");
    expect(r.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "Open,Done" } });
    expect(r.dataValidation.valid).toBe(false); // "Overdue soon" is not in the list
  });
  expect(sim.setCellByUser("Data", "A2", "Bogus")).toBe(false);
  expect(sim.setCellByUser("Data", "A2", "Done")).toBe(true);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A3").values = [["Bogus via API"]];
    await context.sync();
  });
  expect(sim.snapshot().sheets["Data"]?.values[2]?.[0]).toBe("Bogus via API");
});

test(`list data validation from a range, and clear() (${DOCS.dv})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Lists");
    sheet.getRange("A1:A2").values = [["Open"], ["Done"]];
    const r = context.workbook.worksheets.getItem("Data").getRange("A2:A3");
    r.dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange("A1:A2") } };
    await context.sync();
    r.dataValidation.load("rule");
    await context.sync();
    expect(r.dataValidation.rule.list?.source).toBe("=Lists!$A$1:$A$2");
    r.dataValidation.clear();
    r.dataValidation.load("type");
    await context.sync();
    expect(r.dataValidation.type).toBe("None");
  });
});

test(`charts: add from a range, series, title, axis titles, legend, setPosition, name, delete (${DOCS.charts})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const chart = sheet.charts.add(
      Excel.ChartType.columnClustered,
      sheet.getRange("A1:B4"),
      Excel.ChartSeriesBy.columns,
    );
    chart.name = "CycleTime";
    chart.title.text = "Days open";
    chart.axes.valueAxis.title.text = "Days";
    chart.axes.categoryAxis.title.text = "Status";
    chart.legend.visible = false;
    chart.setPosition("D2", "J15");
    const s = chart.series.getItemAt(0).load("name");
    const added = chart.series.add("Target");
    added.setValues(sheet.getRange("B2:B4"));
    added.chartType = Excel.ChartType.line;
    await context.sync();
    expect(s.name).toBe("Days");
    const count = chart.series.getCount();
    chart.load("name, chartType");
    await context.sync();
    expect(count.value).toBe(2);
    expect([chart.name, chart.chartType]).toEqual(["CycleTime", "ColumnClustered"]);
  });
  const charts = sim.snapshot().sheets["Data"]?.charts ?? [];
  expect(charts[0]).toMatchObject({
    name: "CycleTime",
    title: "Days open",
    legend: { visible: false },
    axes: { value: { title: "Days" }, category: { title: "Status" } },
    position: { start: "Data!D2", end: "Data!J15" },
    series: [
      { name: "Days", values: "=Data!$B$2:$B$4", xValues: "=Data!$A$2:$A$4" },
      { name: "Target", values: "=Data!$B$2:$B$4", chartType: "Line" },
    ],
  });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").charts.getItem("CycleTime").delete();
    await context.sync();
  });
  expect(sim.snapshot().sheets["Data"]?.charts).toEqual([]);
});
