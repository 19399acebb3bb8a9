import { csvCellText, guardCsv, stringifyCsv, unguardCsv } from "./csv";

describe("CSV cells", () => {
  it("guards text a spreadsheet would read as a formula, and only that", () => {
    expect(["=1+1", "+A1", "-cmd", "@SUM(A1)", "\tx", "\rx", " =x", "＝x"].map(guardCsv)).toEqual([
      "'=1+1",
      "'+A1",
      "'-cmd",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "' =x",
      "'＝x",
    ]);
    expect(["Ann", "-5", "+3.5", "1e3", "", "'quoted"].map(guardCsv)).toEqual([
      "Ann",
      "-5",
      "+3.5",
      "1e3",
      "",
      "'quoted",
    ]);
  });

  it("reads a guarded cell back as the text it guards, and leaves other quotes alone", () => {
    expect(unguardCsv("'=1+1")).toBe("=1+1");
    expect(unguardCsv("'tis")).toBe("'tis");
    for (const t of ["=a", "-b", "@c", "plain"]) expect(unguardCsv(guardCsv(t))).toBe(t);
  });

  it("writes dates as YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss, booleans as TRUE/FALSE", () => {
    expect(csvCellText({ kind: "date", value: Date.UTC(2026, 0, 5), time: false })).toBe("2026-01-05");
    expect(csvCellText({ kind: "date", value: Date.UTC(2026, 0, 5, 9, 30), time: true })).toBe(
      "2026-01-05T09:30:00",
    );
    expect(csvCellText({ kind: "boolean", value: false })).toBe("FALSE");
    expect(csvCellText({ kind: "number", value: -5, format: "money" })).toBe("-5");
    expect(csvCellText({ kind: "text", value: "=x" })).toBe("'=x");
  });

  it("keeps CRLF and a BOM when asked", () => {
    expect(stringifyCsv([["a", "b,c"]], { eol: "\r\n", bom: true })).toBe('\uFEFFa,"b,c"\r\n');
  });
});
