/** Range values, formulas, text, number formats, navigation, insert/delete/clear and formats. */
import { installExcelSimulation, SimulationLimitError } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(() => {
  sim = installExcelSimulation({ sheets: ["Data"] });
});
afterEach(() => sim.uninstall());

async function write(
  address: string,
  values: unknown[][],
  prop: "values" | "formulas" = "values",
): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange(address)[prop] = values;
    await context.sync();
  });
}
async function read(address: string): Promise<{
  values: unknown[][];
  formulas: unknown[][];
  text: string[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
}> {
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange(address);
    r.load("values, formulas, text, valueTypes, numberFormat");
    await context.sync();
    return {
      values: r.values,
      formulas: r.formulas,
      text: r.text,
      valueTypes: r.valueTypes,
      numberFormat: r.numberFormat,
    };
  });
}

test(`a string starting with "=" written through values becomes a formula; formulas reads it back and values computes it (${DOCS.range})`, async () => {
  await write("A1:C1", [[2, 3, "=A1*B1"]]);
  const r = await read("A1:C1");
  expect(r.formulas).toEqual([[2, 3, "=A1*B1"]]);
  expect(r.values).toEqual([[2, 3, 6]]);
  expect(r.valueTypes).toEqual([["Double", "Double", "Double"]]);
});

test(`strings starting with "+", "-" or "@" are formulas too, unless they are plain numbers (${DOCS.range})`, async () => {
  await write("A1:E1", [[5, "+A1*2", "-A1", "-7.5", "@SUM(1,2)"]]);
  const r = await read("A1:E1");
  expect(r.formulas).toEqual([[5, "=+A1*2", "=-A1", -7.5, "=SUM(1,2)"]]);
  expect(r.values).toEqual([[5, 10, -5, -7.5, 3]]);
  // Text that cannot be a formula is refused rather than stored.
  const err = await officeErrorOf(() => write("A2", [["- not a formula"]]));
  expect(err.code).toBe("InvalidArgument");
});

test(`a leading apostrophe stores text; formulas reads it back without the apostrophe (office-js#6687, ${DOCS.range})`, async () => {
  await write("A1:B1", [["'=1+1", "'00123"]]);
  const r = await read("A1:B1");
  expect(r.values).toEqual([["=1+1", "00123"]]);
  expect(r.formulas).toEqual([["=1+1", "00123"]]);
  expect(r.valueTypes).toEqual([["String", "String"]]);
});

test(`null leaves a cell unchanged and "" clears it (${DOCS.blankNull})`, async () => {
  await write("A1:C1", [[1, 2, 3]]);
  await write("A1:C1", [[null, "", 9]]);
  const r = await read("A1:C1");
  expect(r.values).toEqual([[1, "", 9]]);
  expect(r.valueTypes).toEqual([["Double", "Empty", "Double"]]);
});

test(`a values array of the wrong shape fails with InvalidArgument; one value fills the range (${DOCS.setGet})`, async () => {
  const err = await officeErrorOf(() => write("A1:B2", [[1, 2, 3]]));
  expect(err.code).toBe("InvalidArgument");
  await write("A1:B2", [["x"]]);
  expect((await read("A1:B2")).values).toEqual([
    ["x", "x"],
    ["x", "x"],
  ]);
});

test(`numeric text becomes a number and ISO dates become date serials (Range.values remarks, ${DOCS.dates})`, async () => {
  await write("A1:D1", [["42", "1,200.5", "2024-01-05", "TRUE"]]);
  const r = await read("A1:D1");
  expect(r.values).toEqual([[42, 1200.5, 45296, true]]);
  expect(r.valueTypes).toEqual([["Double", "Double", "Double", "Boolean"]]);
  expect(r.text[0]?.[2]).toBe("1/5/2024");
});

test(`an invalid formula is refused with InvalidArgument (${DOCS.errors})`, async () => {
  const err = await officeErrorOf(() => write("A1", [["=SUM("]], "formulas"));
  expect(err.code).toBe("InvalidArgument");
});

test(`formulas the simulation cannot compute fail loudly instead of returning a guess (${DOCS.range})`, async () => {
  await write("A1", [["=NOSUCHFUNCTIONXYZ(1)"]]);
  await expect(read("A1")).rejects.toBeInstanceOf(SimulationLimitError);
  await write("A2", [["=SUM(Table1[Amount])"]]);
  await expect(read("A2")).rejects.toBeInstanceOf(SimulationLimitError);
  // Excel errors that Excel itself returns come back as error strings.
  await write("B1:B2", [["=1/0"], ["=undefinedname"]]);
  const r = await read("B1:B2");
  expect(r.values).toEqual([["#DIV/0!"], ["#NAME?"]]);
  expect(r.valueTypes).toEqual([["Error"], ["Error"]]);
});

test(`text applies the number format; dates are serial numbers (${DOCS.numberFormats}, ${DOCS.dates})`, async () => {
  const formats = [
    "General",
    "0",
    "0.00",
    "#,##0",
    "#,##0.00",
    "0%",
    "yyyy-mm-dd",
    "yyyy-mm-dd hh:mm",
    "@",
    "m/d/yyyy",
    "[Blue]weird;;;",
  ];
  const value = 45296.75; // 2024-01-05 18:00
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("A1:K1");
    r.numberFormat = [formats];
    r.values = [formats.map(() => value)];
    await context.sync();
  });
  const r = await read("A1:K1");
  expect(r.text[0]).toEqual([
    "45296.75",
    "45297",
    "45296.75",
    "45,297",
    "45,296.75",
    "4529675%",
    "2024-01-05",
    "2024-01-05 18:00",
    "45296.75",
    "1/5/2024",
    expect.any(String),
  ]);
  expect(r.numberFormat[0]).toEqual(formats);
  await write("A2:C2", [[1234567.891, 0.125, -3]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A2:C2").numberFormat = [
      ["#,##0.00", "0.00%", "0.00"],
    ];
    await context.sync();
  });
  expect((await read("A2:C2")).text).toEqual([["1,234,567.89", "12.50%", "-3.00"]]);
});

test(`navigation: getCell, getOffsetRange, getResizedRange, getRow, getColumn, getEntireRow/Column, getIntersection (${DOCS.range})`, async () => {
  await Excel.run(async (context) => {
    const base = context.workbook.worksheets.getItem("Data").getRange("B2:D5");
    const parts = [
      base.getCell(1, 2),
      base.getOffsetRange(1, 1),
      base.getResizedRange(1, -1),
      base.getRow(0),
      base.getColumn(2),
      base.getEntireRow(),
      base.getEntireColumn(),
      base.getIntersection("C1:C3"),
      base.getLastRow(),
    ].map((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
    await context.sync();
    expect(parts.map((p) => p.address)).toEqual([
      "Data!D3",
      "Data!C3:E6",
      "Data!B2:C6",
      "Data!B2:D2",
      "Data!D2:D5",
      "Data!2:5",
      "Data!B:D",
      "Data!C2:C3",
      "Data!B5:D5",
    ]);
    expect([parts[0]?.rowIndex, parts[0]?.columnIndex, parts[1]?.rowCount, parts[1]?.columnCount]).toEqual([
      2, 3, 4, 3,
    ]);
  });
});

test(`getIntersection without overlap fails; getIntersectionOrNullObject returns a null object (${DOCS.range})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1:B2").getIntersection("D4");
      r.load("address");
      await context.sync();
    }),
  );
  expect(err.code).toBe("ItemNotFound");
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("A1:B2").getIntersectionOrNullObject("D4");
    await context.sync();
    expect(r.isNullObject).toBe(true);
  });
});

test(`insert(Down) of entire rows shifts cells and adjusts formulas; delete(Up) removes them (${DOCS.insert}, ${DOCS.delete})`, async () => {
  await write("A1:A3", [[1], [2], ["=SUM(A1:A2)"]]);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("2:2").insert(Excel.InsertShiftDirection.down);
    await context.sync();
  });
  let r = await read("A1:A4");
  expect(r.formulas).toEqual([[1], [""], [2], ["=SUM(A1:A3)"]]);
  await Excel.run(async (context) => {
    context.workbook.worksheets
      .getItem("Data")
      .getRange("A1")
      .getEntireRow()
      .delete(Excel.DeleteShiftDirection.up);
    await context.sync();
  });
  r = await read("A1:A3");
  expect(r.formulas).toEqual([[""], [2], ["=SUM(A1:A2)"]]);
  expect(r.values).toEqual([[""], [2], [2]]);
});

test(`clear(Contents) keeps formats, clear() removes both (${DOCS.clear})`, async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    r.values = [[1, 2]];
    r.format.fill.color = "yellow";
    r.numberFormat = [["0.00", "0.00"]];
    await context.sync();
    r.clear(Excel.ClearApplyTo.contents);
    r.load("values, numberFormat, format/fill/color");
    await context.sync();
    expect(r.values).toEqual([["", ""]]);
    expect(r.numberFormat).toEqual([["0.00", "0.00"]]);
    expect(r.format.fill.color).toBe("#FFFF00");
    r.clear();
    r.load("numberFormat, format/fill/color");
    await context.sync();
    expect(r.numberFormat).toEqual([["General", "General"]]);
    expect(r.format.fill.color).toBe("#FFFFFF");
  });
});

test(`format: fill, font, columnWidth, autofitColumns read back; mixed values read as null (${DOCS.formats})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const r = sheet.getRange("A1:B1");
    r.values = [["short", "a much longer piece of text"]];
    r.format.font.bold = true;
    r.format.font.color = "#112233";
    sheet.getRange("A1").format.fill.color = "#00FF00";
    r.format.columnWidth = 30;
    await context.sync();
    r.load("format/font/bold, format/font/color, format/fill/color, format/columnWidth");
    await context.sync();
    expect([r.format.font.bold, r.format.font.color, r.format.fill.color, r.format.columnWidth]).toEqual([
      true,
      "#112233",
      null,
      30,
    ]);
    r.format.autofitColumns();
    const b = sheet.getRange("B1").load("format/columnWidth");
    await context.sync();
    expect(b.format.columnWidth).toBeGreaterThan(100);
    const bad = await officeErrorOf(async () => {
      sheet.getRange("C1").format.fill.color = "not-a-colour";
      await context.sync();
    });
    expect(bad.code).toBe("InvalidArgument");
  });
});

test(`getUsedRange of an empty sheet is A1; getUsedRangeOrNullObject is a null object (${DOCS.worksheets})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const used = sheet.getUsedRange().load("address");
    const maybe = sheet.getUsedRangeOrNullObject();
    await context.sync();
    expect(used.address).toBe("Data!A1");
    expect(maybe.isNullObject).toBe(true);
    sheet.getRange("C3:D4").values = [
      [1, 2],
      [3, 4],
    ];
    const used2 = sheet.getUsedRange(true).load("address");
    await context.sync();
    expect(used2.address).toBe("Data!C3:D4");
  });
});

test(`a JS Date reaches Excel as its JSON text and stays text; the whole sheet's address is rows 1:1048576 (${DOCS.dates})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const r = sheet.getRange("A1");
    r.values = [[new Date(Date.UTC(2024, 0, 5))]];
    r.load("values, valueTypes");
    const all = sheet.getRange().load("address");
    await context.sync();
    expect(r.values).toEqual([["2024-01-05T00:00:00.000Z"]]);
    expect(r.valueTypes).toEqual([["String"]]);
    expect(all.address).toBe("Data!1:1048576");
  });
});
