import { caretAt, syntaxProblems } from "./syntax-errors";

describe("syntax errors as you type", () => {
  it("finds nothing wrong in a valid or empty rule", () => {
    expect(syntaxProblems('amount > 5000 and category = "it"', "p")).toEqual([]);
    expect(syntaxProblems("  ", "p")).toEqual([]);
  });

  it("gives each error its position and the precise wording where jsonata has it", () => {
    const [e] = syntaxProblems("amount >> 3", "steps[0].next[0].when");
    expect(e?.position).toBe(9);
    expect(e?.path).toBe("steps[0].next[0].when");
    expect(e?.message).toContain('The symbol ">" cannot be used as a unary operator');
  });

  it("lists several errors at once", () => {
    expect(syntaxProblems("amount >> 3", "p").map((e) => e.position)).toEqual([9, 11]);
  });

  it("puts the caret under the offending character", () => {
    expect(caretAt("amount >> 3", 9)).toMatchObject({
      line: 1,
      column: 9,
      index: 8,
      lineText: "amount >> 3",
    });
  });

  it("puts the caret after the text when the rule ends too soon", () => {
    expect(caretAt("amount > ", 9)).toMatchObject({ index: 9, column: 10 });
  });

  it("counts lines and wide characters", () => {
    expect(caretAt("a and\n b =", 10)).toMatchObject({ line: 2, column: 5, lineText: " b =" });
    expect(caretAt('类别 = "x', 7).cells).toBe(9);
  });
});
