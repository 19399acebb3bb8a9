// The merged-cell check of adopting a sheet, on its own: the simulation does not model merges (its
// README, "Deliberately not simulated"), so what Excel reports through Range.getMergedAreasOrNullObject
// is given here as rectangles, as adopt-read.ts hands them over.
import { placementProblems } from "./adopt-problems";
import type { Layout, Located } from "./adopt-plan";
import { SheetGrid, type Rect } from "../grid/sheet-grid";

// Header in A1:C1, three data rows (A1:C4), as values.
const values = [
  ["Item", "Amount", "Owner"],
  ["Paper", 20, "Ann"],
  ["Toner", 90, "Bo"],
  ["Desk", 300, "Cy"],
];
const bounds: Rect = { top: 0, left: 0, bottom: 3, right: 2 };
const layout: Layout = { sheetName: "Purchases", grid: new SheetGrid(bounds, values, values), tables: [] };
const located: Located = { region: bounds };
const rect = (top: number, left: number, bottom: number, right: number): Rect => ({
  top,
  left,
  bottom,
  right,
});

function mergedProblems(merged: readonly Rect[] | undefined, count = 4) {
  return placementProblems(layout, located, count, "create", merged).filter(
    (p) => p.key === "adopt.mergedCells",
  );
}

describe("adopting a sheet with merged cells", () => {
  it("refuses merged cells inside the data and names them", () => {
    const [problem, ...rest] = mergedProblems([rect(2, 1, 2, 2)]);
    expect(rest).toEqual([]);
    expect(problem?.params).toEqual({ cells: "B3:C3" });
    expect(problem?.message).toBe(
      "Merged cells B3:C3 are in the way: a table cannot hold merged cells. Unmerge them and look again.",
    );
  });

  it("refuses merged cells where the added columns go, and lists each area", () => {
    const [problem] = mergedProblems([rect(0, 3, 1, 3), rect(3, 5, 3, 6)]);
    expect(problem?.params).toEqual({ cells: "D1:D2, F4:G4" });
  });

  it("lets merged cells elsewhere on the sheet be", () => {
    expect(mergedProblems([rect(6, 0, 6, 3), rect(0, 9, 1, 10)])).toEqual([]);
    // Nothing is added: the cells right of the data are not in the way.
    expect(mergedProblems([rect(0, 3, 1, 3)], 0)).toEqual([]);
  });

  it("says nothing where Excel could not report merged areas (the preview notes it instead)", () => {
    expect(mergedProblems(undefined)).toEqual([]);
  });
});
