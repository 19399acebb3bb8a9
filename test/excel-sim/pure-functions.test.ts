/** The pure helpers behind the simulation: serial dates, number formats, addresses, reference shifting. */
import { formatAddress, parseLocalRange, quoteSheet } from "./address";
import { adjustForStructuralChange, hasStructuredReference, translateFormula } from "./formula-refs";
import { formatValue, partsToSerial, serialToParts } from "./number-format";
import { DOCS } from "./test-helpers";
import { installExcelSimulation } from "./index";

test(`serials use the 1900 date system with the fictitious 1900-02-29 (serial 60) (${DOCS.dates})`, () => {
  expect(partsToSerial(1900, 1, 1)).toBe(1);
  expect(partsToSerial(1900, 2, 28)).toBe(59);
  expect(serialToParts(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
  expect(partsToSerial(1900, 3, 1)).toBe(61);
  expect(partsToSerial(2024, 1, 5)).toBe(45296);
  expect(serialToParts(45296.5)).toMatchObject({ year: 2024, month: 1, day: 5, hour: 12, minute: 0 });
});

test(`number format codes render like Excel's cell text (${DOCS.numberFormats})`, () => {
  expect(formatValue(1 / 3, "General")).toBe("0.333333333");
  expect(formatValue(123456789012, "General")).toBe("1.23457E+11");
  expect(formatValue(-1234.5, "#,##0.00")).toBe("-1,234.50");
  expect(formatValue(0.5, "0%")).toBe("50%");
  expect(formatValue(45296.75, "dddd, mmmm d, yyyy h:mm AM/PM")).toBe("Friday, January 5, 2024 6:00 PM");
  expect(formatValue(5, '0.0 "days"')).toBe("5.0 days");
  expect(formatValue(-5, "0;(0)")).toBe("(5)");
  expect(formatValue("text", "0.00")).toBe("text");
  expect(formatValue(true, "0.00")).toBe("TRUE");
  expect(() => formatValue(1, "[$-409]<<<nonsense")).not.toThrow();
});

test(`addresses: whole rows and columns, quoting of sheet names (${DOCS.range})`, () => {
  expect(parseLocalRange("$B$2:c3")).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
  expect(parseLocalRange("A")).toBeUndefined();
  expect(parseLocalRange("XFE1")).toBeUndefined();
  expect(formatAddress("My Sheet", { top: 0, left: 0, bottom: 1048575, right: 1 })).toBe("'My Sheet'!A:B");
  expect(quoteSheet("Data")).toBe("Data");
  expect(quoteSheet("A1")).toBe("'A1'");
  expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
});

test(`formula references shift on insert/delete and translate relatively (${DOCS.cf})`, () => {
  const ins = { sheet: "Data", axis: "row" as const, at: 1, count: 2 };
  expect(adjustForStructuralChange("=SUM(A1:A5)+$B$3+Other!A2", "Data", ins)).toBe(
    "=SUM(A1:A7)+$B$5+Other!A2",
  );
  const del = { sheet: "Data", axis: "row" as const, at: 1, count: -1 };
  expect(adjustForStructuralChange("=A2+A3", "Data", del)).toBe("=#REF!+A2");
  expect(translateFormula('=$A2="Done"', 2, 1)).toBe('=$A4="Done"');
  expect(translateFormula('="A1"&B1', 1, 0)).toBe('="A1"&B2');
  expect(hasStructuredReference("=SUM(Table1[Amount])")).toBe(true);
  expect(hasStructuredReference('=A1&"[x]"')).toBe(false);
});

describe("date functions agree with Excel's serials (https://support.microsoft.com/office/date-function-e36c0c8c-4104-49da-ab83-82328b832349)", () => {
  it("DATE, WEEKDAY and TEXT give Excel's answers for 2026-04-30 (serial 46142, a Thursday)", async () => {
    const sim = installExcelSimulation();
    try {
      await Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
        r.formulas = [
          ["=DATE(2026,4,30)", "=WEEKDAY(46142,2)", '=TEXT(46142,"yyyy-mm-dd")', "=DATE(1900,3,1)"],
        ];
        await context.sync();
        r.load("values");
        await context.sync();
        expect(r.values).toEqual([[46142, 4, "2026-04-30", 61]]);
      });
    } finally {
      sim.uninstall();
    }
  });
});
