/** Shapes on a sheet's drawing layer: geometric shapes with text, lines joined to them, and their life. */
import { installCoauthoring } from "./coauthoring";
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(() => {
  sim = installExcelSimulation({ sheets: ["Map", "Other"] });
});
afterEach(() => sim.uninstall());

/** Two boxes, "A" above "B", and a connector from A's bottom to B's top. */
async function twoBoxes(): Promise<void> {
  await Excel.run(async (context) => {
    const shapes = context.workbook.worksheets.getItem("Map").shapes;
    const a = shapes.addGeometricShape(Excel.GeometricShapeType.rectangle);
    Object.assign(a, { left: 100, top: 20, width: 200, height: 50, name: "A" });
    const b = shapes.addGeometricShape("RoundRectangle");
    Object.assign(b, { left: 100, top: 120, width: 200, height: 50, name: "B" });
    const line = shapes.addLine(0, 0, 10, 10, Excel.ConnectorType.elbow);
    line.name = "A to B";
    line.line.connectBeginShape(a, 2);
    line.line.connectEndShape(b, 0);
    line.line.endArrowheadStyle = Excel.ArrowheadStyle.triangle;
    await context.sync();
  });
}

test(`shapes: addGeometricShape with position, name, text, font, fill and outline, read back (${DOCS.shapes}, ${DOCS.textFrame}, ${DOCS.shapeFill})`, async () => {
  await Excel.run(async (context) => {
    const shape = context.workbook.worksheets.getItem("Map").shapes.addGeometricShape("Rectangle");
    shape.left = 100;
    shape.top = 100;
    shape.width = 150;
    shape.height = 60;
    shape.name = "Square";
    shape.textFrame.textRange.text = "1. Review\nBuyers · 2 days";
    shape.textFrame.textRange.font.size = 10;
    shape.textFrame.textRange.font.color = "black";
    shape.textFrame.horizontalAlignment = "Center";
    shape.textFrame.verticalAlignment = "Middle";
    shape.fill.setSolidColor("#FFFFFF");
    shape.lineFormat.color = "#5B6B7A";
    shape.lineFormat.weight = 1;
    shape.load("id, name, type, geometricShapeType, left, top, width, height, connectionSiteCount");
    const text = shape.textFrame.textRange.load("text");
    const frame = shape.textFrame.load("hasText");
    await context.sync();
    expect(shape.id).toMatch(/\S/);
    expect([shape.name, shape.type, shape.geometricShapeType]).toEqual([
      "Square",
      "GeometricShape",
      "Rectangle",
    ]);
    expect([shape.left, shape.top, shape.width, shape.height, shape.connectionSiteCount]).toEqual([
      100, 100, 150, 60, 4,
    ]);
    expect(text.text).toBe("1. Review\nBuyers · 2 days");
    expect(frame.hasText).toBe(true);
  });
  const [shape] = sim.snapshot().sheets["Map"]?.shapes ?? [];
  expect(shape).toMatchObject({
    font: { size: 10, color: "#000000" },
    textFrame: { horizontalAlignment: "Center", verticalAlignment: "Middle" },
    fill: { type: "Solid", foregroundColor: "#FFFFFF" },
    lineFormat: { color: "#5B6B7A", weight: 1 },
  });
});

test(`shapes: a line's ends join connection sites and follow the shapes they are joined to (${DOCS.line})`, async () => {
  await twoBoxes();
  await Excel.run(async (context) => {
    const line = context.workbook.worksheets.getItem("Map").shapes.getItem("A to B");
    line.load("type, left, top, width, height");
    const l = line.line.load(
      "connectorType, isBeginConnected, isEndConnected, beginConnectedSite, endConnectedSite, endArrowheadStyle",
    );
    const begin = l.beginConnectedShape.load("name");
    const end = l.endConnectedShape.load("name");
    await context.sync();
    expect(line.type).toBe("Line");
    // From A's bottom centre (200, 70) to B's top centre (200, 120).
    expect([line.left, line.top, line.width, line.height]).toEqual([200, 70, 0, 50]);
    expect([l.connectorType, l.isBeginConnected, l.isEndConnected]).toEqual(["Elbow", true, true]);
    expect([l.beginConnectedSite, l.endConnectedSite, l.endArrowheadStyle]).toEqual([2, 0, "Triangle"]);
    expect([begin.name, end.name]).toEqual(["A", "B"]);

    const b = context.workbook.worksheets.getItem("Map").shapes.getItem("B");
    b.left = 300;
    line.load("left, width");
    await context.sync();
    expect([line.left, line.width]).toEqual([200, 200]);
  });
});

test(`shapes: a site the shape has not, another sheet's shape or the line itself is InvalidArgument (${DOCS.line})`, async () => {
  await twoBoxes();
  const connect = (target: (c: Excel.RequestContext) => Excel.Shape, site: number) =>
    officeErrorOf(() =>
      Excel.run(async (context) => {
        const line = context.workbook.worksheets.getItem("Map").shapes.getItem("A to B");
        line.line.connectEndShape(target(context), site);
        await context.sync();
      }),
    );
  const map = (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Map").shapes;
  expect((await connect((c) => map(c).getItem("B"), 4)).code).toBe("InvalidArgument");
  expect((await connect((c) => map(c).getItem("B"), -1)).code).toBe("InvalidArgument");
  expect((await connect((c) => map(c).getItem("A to B"), 0)).code).toBe("InvalidArgument");
  const other = await connect((c) => {
    const s = c.workbook.worksheets.getItem("Other").shapes.addGeometricShape("Ellipse");
    return s;
  }, 0);
  expect(other.code).toBe("InvalidArgument");
  expect(
    (
      await officeErrorOf(() =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Map").shapes.getItem("A").width = 0;
          await context.sync();
        }),
      )
    ).code,
  ).toBe("InvalidArgument");
});

test(`shapes: a line holds no text, and a rectangle has no Line (${DOCS.shape})`, async () => {
  await twoBoxes();
  const onLine = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Map").shapes.getItem("A to B").textFrame.textRange.text = "x";
      await context.sync();
    }),
  );
  expect(onLine.code).toBe("InvalidOperation");
  const noLine = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Map").shapes.getItem("A").line.load("connectorType");
      await context.sync();
    }),
  );
  expect(noLine.code).toBe("InvalidOperation");
});

test(`shapes: items, getItem by name or id, getCount, delete; a deleted shape's lines come loose (${DOCS.shapeCollection})`, async () => {
  await twoBoxes();
  await Excel.run(async (context) => {
    const shapes = context.workbook.worksheets.getItem("Map").shapes;
    shapes.load("items/name, items/id, items/type");
    const count = shapes.getCount();
    await context.sync();
    expect(shapes.items.map((s) => [s.name, s.type])).toEqual([
      ["A", "GeometricShape"],
      ["B", "GeometricShape"],
      ["A to B", "Line"],
    ]);
    expect(count.value).toBe(3);
    const byId = shapes.getItem(shapes.items[1]!.id).load("name");
    shapes.getItem("A").delete();
    await context.sync();
    expect(byId.name).toBe("B");
    const l = shapes.getItem("A to B").line.load("isBeginConnected, isEndConnected");
    const line = shapes.getItem("A to B").load("left, top");
    await context.sync();
    // The end that was on A stays where A's bottom was.
    expect([l.isBeginConnected, l.isEndConnected, line.left, line.top]).toEqual([false, true, 200, 70]);
  });
  expect((sim.snapshot().sheets["Map"]?.shapes ?? []).map((s) => s.name)).toEqual(["B", "A to B"]);
});

test(`shapes: need ExcelApi 1.9 (ApiNotFound below); getItemOrNullObject needs 1.14 (${DOCS.reqSets})`, async () => {
  sim.setApiVersion("1.8");
  const old = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Map").shapes.addGeometricShape("Rectangle");
      await context.sync();
    }),
  );
  expect(old.code).toBe("ApiNotFound");
  sim.setApiVersion("1.13");
  const nullable = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Map").shapes.getItemOrNullObject("A").load("name");
      await context.sync();
    }),
  );
  expect(nullable.code).toBe("ApiNotFound");
  sim.setApiVersion("1.14");
  await Excel.run(async (context) => {
    const none = context.workbook.worksheets.getItem("Map").shapes.getItemOrNullObject("A").load("name");
    await context.sync();
    expect(none.isNullObject).toBe(true);
  });
});

test(`shapes: kept by dump and load, gone with their sheet (${DOCS.shapes})`, async () => {
  await twoBoxes();
  const dump = sim.dump();
  const copy = installExcelSimulation({ workbook: dump });
  expect(copy.snapshot().sheets["Map"]?.shapes).toEqual(sim.snapshot().sheets["Map"]?.shapes);
  copy.uninstall();
  sim.uninstall();
  sim = installExcelSimulation({ workbook: dump });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Map").delete();
    await context.sync();
  });
  expect(sim.snapshot().sheets["Map"]).toBeUndefined();
});

test(`shapes: a co-author sees the shapes another drew (${DOCS.coauthoring})`, async () => {
  sim.uninstall();
  const co = installCoauthoring({ clients: 2, sheets: ["Map"] });
  try {
    const [alice, bob] = co.clients;
    await alice!.run(() =>
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Map").shapes.addGeometricShape("Rectangle");
        s.textFrame.textRange.text = "Review";
        await context.sync();
      }),
    );
    await co.settleCoauthoring();
    expect(bob!.snapshot().sheets["Map"]?.shapes.map((s) => s.text)).toEqual(["Review"]);
    expect(co.converged()).toBe(true);
  } finally {
    co.uninstall();
    sim = installExcelSimulation();
  }
});
