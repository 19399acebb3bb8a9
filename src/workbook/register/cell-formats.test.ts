import { formatToWrite, isDateFormat } from "./cell-formats";

describe("a workbook's number formats", () => {
  it("tells date and time formats from number, text and General formats", () => {
    for (const f of ["yyyy-mm-dd", "dd/mm/yyyy", "d mmm", "m/d/yy h:mm", "[$-804]yyyy年m月d日", "[h]:mm"])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "@", "0.00", '#,##0 "days"', "[Red]#,##0", "0%", "#,##0.00 \\d", "€#,##0"])
      expect(isDateFormat(f)).toBe(false);
  });

  it("keeps a cell's own date format, takes the column's for a General cell, and Procsheet's otherwise", () => {
    expect(formatToWrite("yyyy-mm-dd", "d mmm", "dd/mm/yyyy")).toBeUndefined();
    expect(formatToWrite("yyyy-mm-dd", "General", "dd/mm/yyyy")).toBe("dd/mm/yyyy");
    expect(formatToWrite("yyyy-mm-dd", undefined, "dd/mm/yyyy")).toBe("dd/mm/yyyy");
    expect(formatToWrite("yyyy-mm-dd", "@", "General")).toBe("yyyy-mm-dd");
    expect(formatToWrite("yyyy-mm-dd", "0.00", undefined)).toBe("yyyy-mm-dd");
  });

  it("keeps a person's number format for money and takes Procsheet's where there is none", () => {
    expect(formatToWrite("#,##0.00", '#,##0 "€"', "General")).toBeUndefined();
    expect(formatToWrite("#,##0.00", "General", "[$¥-804]#,##0")).toBe("[$¥-804]#,##0");
    expect(formatToWrite("#,##0.00", "General", "dd/mm/yyyy")).toBe("#,##0.00");
  });
});
