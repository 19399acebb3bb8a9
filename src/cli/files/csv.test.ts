import { createContext } from "../context";
import { csvCellText, detectLayout, guardCsv, parseCsv, stringifyCsv, unguardCsv } from "./csv";

const ctx = createContext({
  lang: "en",
  langExplicit: false,
  cwd: "/",
  env: {},
  stdout: () => undefined,
  stderr: () => undefined,
});

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

describe("CSV text with line breaks in cells", () => {
  const tricky = ["a\nb", "c\rd", "e\r\nf", 'q"q', "x,y", "s;t", "u\tv", "", "=1+1", "line\n=cmd", "ok\n-5"];

  it("guards every line of a cell that a spreadsheet could read as a formula, and reads it back", () => {
    expect(guardCsv("line\n=cmd")).toBe("line\n'=cmd");
    expect(guardCsv("a\r\n@SUM(A1)\r+x")).toBe("a\r\n'@SUM(A1)\r'+x");
    expect(guardCsv("ok\n-5\nfine")).toBe("ok\n-5\nfine");
    for (const t of ["line\n=cmd", "=a\n+b", "a\r\n@SUM(A1)\r+x"]) expect(unguardCsv(guardCsv(t))).toBe(t);
  });

  it("quotes every field holding CR, LF, a quote or the delimiter, whatever the line end, and round-trips", () => {
    for (const eol of ["\n", "\r\n"] as const)
      for (const delimiter of [",", ";", "\t"] as const) {
        const text = stringifyCsv([tricky, ["1", "2"]], { eol, delimiter });
        for (const cell of ["a\nb", "c\rd", "e\r\nf"]) expect(text).toContain(`"${cell}"`);
        const doc = parseCsv(ctx, "x.csv", { text, encoding: "utf-8", bom: false });
        expect([doc.records, doc.delimiter, doc.eol]).toEqual([[tricky, ["1", "2"]], delimiter, eol]);
      }
  });
});

describe("a CSV's delimiter and line end", () => {
  it("are told from the header line: the delimiter found most (TAB on a tie), the line end closing it", () => {
    expect(detectLayout("ID,Amount\r\n1,2\n")).toEqual({ delimiter: ",", eol: "\r\n" });
    expect(detectLayout("ID;Amount;Notes, more\n")).toEqual({ delimiter: ";", eol: "\n" });
    expect(detectLayout("Amount, USD\tName\r\n")).toEqual({ delimiter: "\t", eol: "\r\n" });
    expect(detectLayout('"a;b,c";d\re;f\r')).toEqual({ delimiter: ";", eol: "\r" });
    expect(detectLayout("ID\r\nPR-1\r\n")).toEqual({ delimiter: ",", eol: "\r\n" });
    expect(detectLayout("")).toEqual({ delimiter: ",", eol: "\n" });
  });
});
