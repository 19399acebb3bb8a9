import type { CellInput } from "../../core/register/cell-value";
import { currentRegion, detectRegion, findHeaderRow } from "./header-row";
import { cellList, parseA1, qualifiedA1, rectA1, SheetGrid } from "./sheet-grid";

/** A grid from rows starting at A1; a string starting with "=" is a formula whose value is "x". */
function gridOf(rows: CellInput[][]): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_v, i) => r[i] ?? ""));
  const formulas = values.map((r) => r.map((v) => v));
  const valuesOut = values.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? "x" : v)));
  return new SheetGrid({ top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }, valuesOut, formulas);
}

const all = (g: SheetGrid) => g.bounds as NonNullable<SheetGrid["bounds"]>;

describe("header row detection", () => {
  it("skips a title and a blank row: the first row with two texts and data below", () => {
    const g = gridOf([["Purchases 2026"], [], ["Item", "Amount", "Owner"], ["Laptop", 1200, "Ann"]]);
    expect(findHeaderRow(g, all(g))).toBe(2);
    expect(detectRegion(g, all(g))).toEqual({ top: 2, left: 0, bottom: 3, right: 2 });
  });

  it("skips two texts followed by a blank row", () => {
    const g = gridOf([["Report", "Q1"], [], ["Item", "Amount"], ["Pen", 2]]);
    expect(findHeaderRow(g, all(g))).toBe(2);
  });

  it("takes a header with nothing under it as an empty register", () => {
    const g = gridOf([["Item", "Amount", "Owner"]]);
    expect(detectRegion(g, all(g))).toEqual({ top: 0, left: 0, bottom: 0, right: 2 });
  });

  it("does not count formulas or numbers as header text", () => {
    const g = gridOf([
      ["=A9", "Item"],
      [2024, "Amount"],
      ["Item", "Owner"],
      ["Pen", "Ann"],
    ]);
    expect(findHeaderRow(g, all(g))).toBe(2);
  });

  it("finds nothing in a block of numbers", () => {
    const g = gridOf([
      [1, 2],
      [3, 4],
    ]);
    expect(detectRegion(g, all(g))).toBeUndefined();
  });

  it("widens to a data column under a blank header, so it is reported rather than left out", () => {
    const g = gridOf([
      ["Item", "Amount", ""],
      ["Pen", 2, "note"],
    ]);
    expect(detectRegion(g, all(g))).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
  });

  it("keeps rows after a blank row in the used range (the person sees the row count)", () => {
    const g = gridOf([["Item", "Amount"], ["Pen", 2], [], ["Ink", 3]]);
    expect(detectRegion(g, all(g))?.bottom).toBe(3);
  });

  it("grows a single cell to Excel's current region, bounded by blank rows and columns", () => {
    const g = gridOf([["Title"], [], ["Item", "Amount", "", "Other"], ["Pen", 2, "", "x"], ["Ink", 3]]);
    expect(currentRegion(g, { top: 4, left: 1, bottom: 4, right: 1 })).toEqual({
      top: 2,
      left: 0,
      bottom: 4,
      right: 1,
    });
  });
});

describe("addresses", () => {
  it("formats, quotes and parses A1 addresses", () => {
    expect(rectA1({ top: 2, left: 0, bottom: 119, right: 7 })).toBe("A3:H120");
    expect(qualifiedA1("My sheet", { top: 0, left: 27, bottom: 0, right: 27 })).toBe("'My sheet'!AB1");
    expect(qualifiedA1("Sheet1", { top: 0, left: 0, bottom: 1, right: 1 })).toBe("Sheet1!A1:B2");
    expect(parseA1("'It''s'!$B$2:C10")).toEqual({ top: 1, left: 1, bottom: 9, right: 2 });
    expect(parseA1("nonsense")).toBeUndefined();
    expect(cellList(["A1", "B1"])).toBe("A1, B1");
    expect(cellList(Array.from({ length: 10 }, (_v, i) => `A${i + 1}`))).toBe(
      "A1, A2, A3, A4, A5, A6, A7, A8 … (+2)",
    );
  });
});
