import { Workbook } from "exceljs";
import { parseRange, rangeAddress } from "./xlsx-address";
import { compactDataValidations, dataValidationsOf } from "./xlsx-workbook";

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

  it("parses and writes A1 ranges", () => {
    expect(parseRange("$B$3:$K$7")).toEqual({ top: 3, left: 2, bottom: 7, right: 11 });
    expect(rangeAddress({ top: 1, left: 27, bottom: 1, right: 27 })).toBe("AA1");
  });
});
