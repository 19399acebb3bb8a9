import { readNumberText } from "./number-text";

const DE = { decimal: ",", group: "." };
const EN = { decimal: ".", group: "," };
const FR = { decimal: ",", group: "\u202f" };

describe("numbers typed as text", () => {
  it("reads plain numbers and numbers grouped the common way one way only", () => {
    const cases: [string, number][] = [
      ["500", 500],
      ["-5", -5],
      ["+3.5", 3.5],
      ["1e3", 1000],
      [".5", 0.5],
      ["0.500", 0.5],
      ["1234.567", 1234.567],
      ["1,234.56", 1234.56],
      ["1,234,567", 1234567],
      [" 12.5 ", 12.5],
    ];
    for (const [text, value] of cases) expect([text, readNumberText(text)]).toEqual([text, { value }]);
  });

  it("calls a text ambiguous when one separator followed by three digits could be decimals or thousands", () => {
    expect(readNumberText("60.000")).toEqual({ ambiguous: { dot: 60, comma: 60000 } });
    expect(readNumberText("1,500")).toEqual({ ambiguous: { dot: 1500, comma: 1.5 } });
    expect(readNumberText("-100.000")).toEqual({ ambiguous: { dot: -100, comma: -100000 } });
  });

  it("calls a text ambiguous when it reads only with a comma for decimals, and no locale says so", () => {
    expect(readNumberText("1.234,56")).toEqual({ ambiguous: { comma: 1234.56 } });
    expect(readNumberText("12,5")).toEqual({ ambiguous: { comma: 12.5 } });
    expect(readNumberText("1.234.567")).toEqual({ ambiguous: { comma: 1234567 } });
  });

  it("reads by the register's separators alone when it says which it uses", () => {
    expect(readNumberText("60.000", DE)).toEqual({ value: 60000 });
    expect(readNumberText("1.234,56", DE)).toEqual({ value: 1234.56 });
    expect(readNumberText("1,5", DE)).toEqual({ value: 1.5 });
    expect(readNumberText("1.5", DE)).toBeUndefined();
    expect(readNumberText("60.000", EN)).toEqual({ value: 60 });
    expect(readNumberText("1,500", EN)).toEqual({ value: 1500 });
    expect(readNumberText("1.234,56", EN)).toBeUndefined();
    expect(readNumberText("1 234,5", FR)).toEqual({ value: 1234.5 });
    expect(readNumberText("1\u202f234,5", FR)).toEqual({ value: 1234.5 });
  });

  it("reads no number from what is none", () => {
    for (const text of ["abc", "1,5,0", "1..2", "12 apples", "0,500.5"])
      expect([text, readNumberText(text)]).toEqual([text, undefined]);
  });
});
