// Charts, shapes and payload limits: what Analyze's charts and the Map's drawing rest on.
import { PAGES } from "./pages";
import { all, expectCode, expectJson, type SelfCheck } from "./self-check";

const SHAPES = "test/excel-sim/shapes.test.ts";
const EXCEL_1_9 = { set: "ExcelApi", version: "1.9" } as const;

export const DRAWING_CHECKS: readonly SelfCheck[] = [
  {
    id: "chart-series-from-headers",
    page: PAGES.charts,
    mirrors: "test/excel-sim/formats-validation-charts.test.ts",
    requires: { set: "ExcelApi", version: "1.1" },
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:C3").values = [
        ["Step", "Days", "Target"],
        ["Review", 2, 3],
        ["Pay", 4, 2],
      ];
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:C3"), "Auto");
      const series = chart.series.load("items/name");
      await context.sync();
      return expectJson(
        ["Days", "Target"],
        series.items.map((s) => s.name),
      );
    },
  },
  {
    id: "shape-defaults",
    page: PAGES.shapes,
    mirrors: SHAPES,
    choice: 31,
    requires: EXCEL_1_9,
    run: async ({ context, sheet }) => {
      const shape = sheet.shapes.addGeometricShape(Excel.GeometricShapeType.rectangle);
      shape.load("left, top, width, height");
      shape.fill.load("foregroundColor");
      await context.sync();
      return expectJson(
        { left: 0, top: 0, width: 72, height: 72, fill: "#4472C4" },
        {
          left: shape.left,
          top: shape.top,
          width: shape.width,
          height: shape.height,
          fill: shape.fill.foregroundColor,
        },
      );
    },
  },
  {
    id: "shape-connection-sites",
    page: PAGES.line,
    mirrors: SHAPES,
    choice: 32,
    requires: EXCEL_1_9,
    run: async ({ context, sheet }) => {
      const box = sheet.shapes
        .addGeometricShape(Excel.GeometricShapeType.rectangle)
        .load("connectionSiteCount");
      const oval = sheet.shapes
        .addGeometricShape(Excel.GeometricShapeType.ellipse)
        .load("connectionSiteCount");
      await context.sync();
      return expectJson([4, 8], [box.connectionSiteCount, oval.connectionSiteCount]);
    },
  },
  {
    id: "line-holds-no-text",
    page: PAGES.line,
    mirrors: SHAPES,
    choice: 33,
    requires: EXCEL_1_9,
    run: async ({ context, sheet }) => {
      const line = sheet.shapes.addLine(10, 10, 100, 100, Excel.ConnectorType.straight);
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        line.textFrame.textRange.text = "x";
        await context.sync();
      });
    },
  },
  {
    id: "deleted-shape-leaves-line",
    page: PAGES.line,
    mirrors: SHAPES,
    choice: 34,
    requires: EXCEL_1_9,
    run: async ({ context, sheet }) => {
      const box = sheet.shapes.addGeometricShape(Excel.GeometricShapeType.rectangle);
      const other = sheet.shapes.addGeometricShape(Excel.GeometricShapeType.rectangle);
      other.left = 200;
      const line = sheet.shapes.addLine(0, 0, 200, 0, Excel.ConnectorType.straight);
      line.line.connectBeginShape(box, 3);
      line.line.connectEndShape(other, 1);
      await context.sync();
      box.delete();
      const count = sheet.shapes.getCount();
      line.line.load("isBeginConnected, isEndConnected");
      await context.sync();
      return all(
        expectJson(2, count.value),
        expectJson([false, true], [line.line.isBeginConnected, line.line.isEndConnected]),
      );
    },
  },
  {
    id: "request-size-limit",
    page: PAGES.limits,
    mirrors: "test/excel-sim/core.test.ts",
    requires: { set: "ExcelApi", version: "1.1" },
    // Excel on the web only: elsewhere there is no limit, and the check would write 5 MB for nothing.
    platforms: ["OfficeOnline"],
    run: async ({ context, sheet }) => {
      const big = Array.from({ length: 60000 }, (_v, i) => [`row ${i} ${"x".repeat(80)}`]);
      const outcome = await expectCode("RequestPayloadSizeLimitExceeded", async () => {
        sheet.getRange("A1:A60000").values = big;
        await context.sync();
      });
      const first = sheet.getRange("A1").load("values");
      await context.sync();
      return all(outcome, expectJson([[""]], first.values));
    },
  },
];
