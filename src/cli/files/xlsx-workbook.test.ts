import { Workbook } from "exceljs";
import {
  cellInput,
  cellText,
  compactDataValidations,
  dataValidationsOf,
  parseRange,
  rangeAddress,
} from "./xlsx-workbook";

describe("exceljs helpers", () => {
  it("merges per-cell validations (as exceljs keeps them after loading) into disjoint rectangles", () => {
    const ws = new Workbook().addWorksheet("S");
    const dv = dataValidationsOf(ws);
    const status = { type: "list" as const, formulae: ['"a,b"'] };
    const owner = { type: "list" as const, formulae: ['"x"'] };
    for (let r = 2; r <= 1001; r++) dv.model[`F${r}`] = status;
    for (let r = 2; r <= 20; r++) for (const c of ["G", "H"]) dv.model[`${c}${r}`] = owner;
    dv.model.G30 = owner;
    dv.add("K2:K9", status);
    compactDataValidations(ws);
    expect(Object.keys(dv.model).sort()).toEqual(["F2:F1001", "G2:G20", "G30", "H2:H20", "K2:K9"]);
  });

  it("reads cell values as the core expects them", () => {
    // Dates as Excel's `values` give them (serials), so both ends read the same cells.
    expect(cellInput(new Date(Date.UTC(2026, 0, 5)))).toBe(46027);
    expect(cellInput(new Date(Date.UTC(2026, 0, 5, 9, 0, 0, 999)))).toBeCloseTo(
      46027 + 9 / 24 + 1 / 86400,
      9,
    );
    expect(cellText(new Date(Date.UTC(2026, 0, 5, 9, 0, 0, 999)))).toBe("2026-01-05T09:00:01");
    expect(cellInput({ formula: "1+1", result: 2 })).toBe(2);
    expect(cellInput({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
    expect(cellInput({ error: "#N/A" })).toBe("#N/A");
    expect(cellInput({ text: "site", hyperlink: "http://x" })).toBe("site");
  });

  it("parses and writes A1 ranges", () => {
    expect(parseRange("$B$3:$K$7")).toEqual({ top: 3, left: 2, bottom: 7, right: 11 });
    expect(rangeAddress({ top: 1, left: 27, bottom: 1, right: 27 })).toBe("AA1");
  });
});
