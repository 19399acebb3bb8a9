import { cellTextFromXml, cellTextXml, runsText } from "./xlsx-text";

describe("cell text in SpreadsheetML", () => {
  it("writes CR as a reference, control characters and a literal _xHHHH_ escaped, and reads them back", () => {
    const texts = [
      "a\r\nb\rc\nd",
      "x\u0001y\u001f",
      "_x0041_",
      "_x005F_x0041_",
      "<&>\"'",
      "中文 😀\t",
      "_x00e9",
    ];
    for (const t of texts) expect(cellTextFromXml(cellTextXml(t))).toBe(t);
    expect(cellTextXml("a\r\nb")).toBe("a&#13;\nb");
    expect(cellTextXml("_x0041_")).toBe("_x005F_x0041_");
    expect(cellTextXml("x\u0001")).toBe("x_x0001_");
  });

  it("reads a raw CR or CRLF in a part as a parser does (LF), and Excel's escapes as characters", () => {
    expect(cellTextFromXml("a\r\nb\rc")).toBe("a\nb\nc");
    expect(cellTextFromXml("A&#x0D;B&#10;_x000D_")).toBe("A\rB\n\r");
  });

  it("joins the runs of rich text and leaves out phonetic guides", () => {
    expect(
      runsText(
        '<r><rPr><b/></rPr><t>漢</t></r><r><t xml:space="preserve"> 字</t></r><rPh sb="0" eb="1"><t>かん</t></rPh>',
      ),
    ).toBe("漢 字");
    expect(runsText("<x:t>prefixed</x:t>")).toBe("prefixed");
  });
});
