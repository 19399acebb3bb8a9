import { displayWidth, formatNumber, formatPercent, formatTable } from "./table-output";

describe("plain-text tables", () => {
  it("counts Chinese characters as two terminal cells", () => {
    expect(displayWidth("Owner")).toBe(5);
    expect(displayWidth("负责人")).toBe(6);
    expect(displayWidth("王芳 Ann")).toBe(8);
  });

  it("aligns columns by display width, with no trailing spaces", () => {
    expect(
      formatTable([
        ["ID", "负责人"],
        ["PR-0001", "Ann"],
      ]),
    ).toEqual(["ID       负责人", "PR-0001  Ann"]);
    expect(
      formatTable(
        [
          ["a", "1"],
          ["bb", "22"],
        ],
        { align: ["left", "right"] },
      ),
    ).toEqual(["a    1", "bb  22"]);
  });

  it("formats numbers and shares for people", () => {
    expect([formatNumber(7.875), formatNumber(1), formatNumber(null), formatPercent(2 / 3)]).toEqual([
      "7.88",
      "1",
      "—",
      "66.7%",
    ]);
  });
});
