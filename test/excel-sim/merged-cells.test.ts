/** Merged cells: Range.merge/unmerge, getMergedAreasOrNullObject, tables over merges, dump/load. */
import { installExcelSimulation, SimulationLimitError } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(() => {
  sim = installExcelSimulation({ sheets: ["Data"] });
});
afterEach(() => sim.uninstall());

async function write(address: string, values: unknown[][]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange(address).values = values;
    await context.sync();
  });
}

async function merge(address: string, across = false): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange(address).merge(across);
    await context.sync();
  });
}

function merged(): string[] | undefined {
  return sim.snapshot().sheets["Data"]?.merged;
}

interface Areas {
  isNull: boolean;
  address?: string;
  areaCount?: number;
  bounds?: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[];
}

/** Reads merged areas as the add-in does: areaCount first, then each area's bounds. */
async function mergedAreasOf(address: string): Promise<Areas> {
  return Excel.run(async (context) => {
    const found = context.workbook.worksheets
      .getItem("Data")
      .getRange(address)
      .getMergedAreasOrNullObject()
      .load("areaCount, address");
    await context.sync();
    if (found.isNullObject) return { isNull: true };
    const areas = found.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    await context.sync();
    return {
      isNull: false,
      address: found.address,
      areaCount: found.areaCount,
      bounds: areas.items.map((r) => ({
        rowIndex: r.rowIndex,
        columnIndex: r.columnIndex,
        rowCount: r.rowCount,
        columnCount: r.columnCount,
      })),
    };
  });
}

describe("Range.merge and Range.unmerge", () => {
  test(`merge keeps the upper-left value and discards the others; the snapshot lists the area (${DOCS.merge})`, async () => {
    await write("A1:C2", [
      ["keep", "drop", "=1+1"],
      [4, 5, 6],
    ]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C1").format.fill.color = "#FFFF00";
      await context.sync();
    });
    await merge("A1:B2");
    expect(merged()).toEqual(["Data!A1:B2"]);
    const snap = sim.snapshot().sheets["Data"];
    expect(snap?.values).toEqual([
      ["keep", "", 2],
      ["", "", 6],
    ]);
    // Only contents go: the formats of the other cells stay.
    expect(snap?.formats["B1"]).toEqual({ fill: "#FFFF00" });
  });

  test(`merge(true) merges each row of the range on its own (${DOCS.merge})`, async () => {
    await write("A1:C2", [
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    await merge("A1:C2", true);
    expect(merged()).toEqual(["Data!A1:C1", "Data!A2:C2"]);
    // The snapshot's values stop at the last used column.
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([["a"], ["d"]]);
    // One column across is one cell per row: nothing to merge.
    await merge("E1:E3", true);
    expect(merged()).toEqual(["Data!A1:C1", "Data!A2:C2"]);
  });

  test(`merging a range that cuts through a merged area fails with InvalidOperation; one that holds it absorbs it (${DOCS.merge})`, async () => {
    await merge("B2:C3");
    const cut = await officeErrorOf(() => merge("C3:D4"));
    expect(cut.code).toBe("InvalidOperation");
    const inside = await officeErrorOf(() => merge("B2"));
    expect(inside.code).toBe("InvalidOperation");
    const across = await officeErrorOf(() => merge("A2:D3", true));
    expect(across.code).toBe("InvalidOperation");
    expect(merged()).toEqual(["Data!B2:C3"]);
    await merge("A1:D4");
    expect(merged()).toEqual(["Data!A1:D4"]);
  });

  test(`merging cells of a table fails with InvalidOperation (${DOCS.merge})`, async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B2").values = [
        ["H1", "H2"],
        ["x", "y"],
      ];
      sheet.tables.add("A1:B2", true);
      await context.sync();
    });
    const err = await officeErrorOf(() => merge("B2:C2"));
    expect(err.code).toBe("InvalidOperation");
    expect(merged()).toEqual([]);
  });

  test(`merge on a protected sheet fails with AccessDenied (${DOCS.merge})`, async () => {
    sim.coauthor.protectSheet("Data");
    const err = await officeErrorOf(() => merge("A1:B1"));
    expect(err.code).toBe("AccessDenied");
  });

  test(`unmerge on any cell of a merged area splits the whole area (${DOCS.unmerge})`, async () => {
    await merge("A1:B2");
    await merge("D1:E1");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").unmerge();
      await context.sync();
    });
    expect(merged()).toEqual(["Data!D1:E1"]);
  });

  test(`only the upper-left cell of a merged area takes a value; writing another of its cells fails with InvalidOperation (${DOCS.merge})`, async () => {
    await merge("A1:B1");
    await write("A1", [["top-left"]]);
    // "" and null leave the other cells empty, so they are accepted.
    await write("A1:B1", [["again", ""]]);
    await write("A1:B1", [[null, null]]);
    const err = await officeErrorOf(() => write("B1", [["no"]]));
    expect(err.code).toBe("InvalidOperation");
    const wide = await officeErrorOf(() => write("A1:C1", [["x", "y", "z"]]));
    expect(wide.code).toBe("InvalidOperation");
    expect(sim.snapshot().sheets["Data"]?.values).toEqual([["again"]]);
  });

  test(`merge and unmerge need ExcelApi 1.2, so they work at 1.12 (${DOCS.reqSets})`, async () => {
    sim.uninstall();
    sim = installExcelSimulation({ apiVersion: "1.12", sheets: ["Data"] });
    await merge("A1:B1");
    expect(merged()).toEqual(["Data!A1:B1"]);
  });
});

describe("Range.getMergedAreasOrNullObject", () => {
  test(`returns the merged areas of the range: address, areaCount and each area's bounds (${DOCS.mergedAreas})`, async () => {
    await merge("B3:C3");
    await merge("A5:A6");
    const found = await mergedAreasOf("A1:E10");
    expect(found).toEqual({
      isNull: false,
      address: "Data!B3:C3,Data!A5:A6",
      areaCount: 2,
      bounds: [
        { rowIndex: 2, columnIndex: 1, rowCount: 1, columnCount: 2 },
        { rowIndex: 4, columnIndex: 0, rowCount: 2, columnCount: 1 },
      ],
    });
  });

  test(`is a null object when the range holds no merged areas (${DOCS.mergedAreas})`, async () => {
    expect(await mergedAreasOf("A1:E10")).toEqual({ isNull: true });
    await merge("G1:H1");
    expect(await mergedAreasOf("A1:E10")).toEqual({ isNull: true });
  });

  test(`reports only the areas whose upper-left cell lies in the range (${DOCS.mergedAreasTopLeft})`, async () => {
    await merge("B3:D4");
    // The range holds the lower-right part of B3:D4 but not its upper-left cell B3.
    expect(await mergedAreasOf("C4:F9")).toEqual({ isNull: true });
    // It holds B3 but not all of the area: the whole area is reported.
    expect((await mergedAreasOf("A1:B3")).address).toBe("Data!B3:D4");
  });

  test(`fails with ApiNotFound below ExcelApi 1.13, and isSetSupported says so (${DOCS.reqSets})`, async () => {
    sim.uninstall();
    sim = installExcelSimulation({ apiVersion: "1.12", sheets: ["Data"] });
    await merge("A1:B1");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const err = await officeErrorOf(() => mergedAreasOf("A1:B1"));
    expect(err.code).toBe("ApiNotFound");
  });
});

describe("merged cells and tables, structure, and the workbook JSON", () => {
  test(`tables.add over merged cells fails with MergedRangeConflict, and so does growing a table over them (${DOCS.errors})`, async () => {
    await write("A1:C3", [
      ["H1", "H2", "H3"],
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    await merge("B3:C3");
    const add = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
        await context.sync();
      }),
    );
    expect(add.code).toBe("MergedRangeConflict");
    expect(sim.snapshot().tables).toEqual([]);
    await Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Data").tables.add("A1:C2", true);
      t.name = "Cases";
      await context.sync();
    });
    const resize = await officeErrorOf(() =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Cases").resize("A1:C3");
        await context.sync();
      }),
    );
    expect(resize.code).toBe("MergedRangeConflict");
    expect(sim.snapshot().tables[0]?.address).toBe("Data!A1:C2");
  });

  test(`whole-row and whole-column inserts and deletes move, grow and shrink merged areas (${DOCS.insert})`, async () => {
    await merge("B2:C4");
    await merge("E1:F1");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("3:3").insert("Down"); // inside B2:C4: it grows to B2:C5
      sheet.getRange("A:A").insert("Right"); // everything moves one column right
      await context.sync();
    });
    expect(merged()).toEqual(["Data!F1:G1", "Data!C2:D5"]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("G:G").delete("Left"); // F1:G1 keeps one cell: no longer merged
      sheet.getRange("2:4").delete("Up"); // C2:D5 keeps its last row
      await context.sync();
    });
    expect(merged()).toEqual(["Data!C2:D2"]);
  });

  test(`a partial shift that would move merged cells is a simulation limit, not an Excel error (${DOCS.insert})`, async () => {
    await merge("B5:C5");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("B2:C2").insert("Down");
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(SimulationLimitError);
  });

  test(`dump and load keep the merged areas (${DOCS.merge})`, async () => {
    await write("A1", [["title"]]);
    await merge("A1:D1");
    await merge("B3:B4");
    const json = sim.dump();
    expect(json.sheets[0]?.merged).toEqual(["A1:D1", "B3:B4"]);
    sim.uninstall();
    sim = installExcelSimulation({ workbook: json });
    expect(merged()).toEqual(["Data!A1:D1", "Data!B3:B4"]);
    expect(sim.dump()).toEqual(json);
    expect((await mergedAreasOf("A1:D4")).areaCount).toBe(2);
    // A sheet without merges leaves the key out, so older workbook JSON stays as it was.
    sim.load({ ...json, sheets: json.sheets.map(({ merged: _m, ...rest }) => rest) });
    expect(merged()).toEqual([]);
    expect(sim.dump().sheets[0]).not.toHaveProperty("merged");
  });
});
