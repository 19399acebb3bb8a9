import { Workbook } from "exceljs";
import { readZip, writeZip } from "../../../test/fixtures/cli/cli-harness";
import { openBook, type BookSheet, type BookTable } from "./xlsx-book";
import { bookBytes } from "./xlsx-book-write";
import { addHistorySheetToBook } from "./xlsx-history-sheet";
import { cellInputOf, cellTextOf, FormulaCell, type SheetCells } from "./xlsx-sheet-cells";
import { readZipDirectory } from "./zip-directory";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** A package of one sheet, as other programs write them, from its sheet XML and optional parts. */
async function pkg(sheet: string, parts: Record<string, string> = {}, workbookPr = ""): Promise<Buffer> {
  const entries = new Map<string, string>([
    [
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        ("xl/styles.xml" in parts
          ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`
          : "") +
        ("xl/sharedStrings.xml" in parts
          ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
          : "") +
        "</Relationships>",
    ],
    ["xl/worksheets/sheet1.xml", sheet],
    ...Object.entries(parts),
  ]);
  return writeZip(entries);
}

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font/><font><b/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="14" fontId="0"/></cellXfs></styleSheet>`;

function sheetXml(rows: string, extra = ""): string {
  return `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData>${extra}</worksheet>`;
}

describe("a workbook read and written by the command line (xlsx-book)", () => {
  it("reads shared, inline and rich strings, booleans, errors, formulas by their result and dates by their format", async () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>plain</t></si><si><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></si><si><t>a&#13;&#10;b_x0041__x005F_x0041_</t></si></sst>`;
    const bytes = await pkg(
      sheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>inline</t></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row>' +
          '<row r="3"><c r="A3" s="1"><v>46027.37500000001</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3"><f>A1</f></c><c r="D3" s="3"><v>46027</v></c><c r="E3" t="str"><f>A1</f><v>x</v></c></row>',
      ),
      { "xl/styles.xml": STYLES, "xl/sharedStrings.xml": sst },
    );
    const { cells } = (await openBook(bytes)).sheets[0] as { cells: SheetCells };
    const read = (r: number, c: number): unknown => cellInputOf(cells.get(r, c));
    expect([read(1, 1), read(1, 2), read(1, 3)]).toEqual(["plain", "rich ", "a\r\nbA_x0041_"]);
    expect([read(2, 1), read(2, 2), read(2, 3)]).toEqual(["inline", true, "#N/A"]);
    // Dates as Excel's values give them (serials), to the second; as ISO text for a CSV.
    expect(read(3, 1)).toBe(46027.375);
    expect(cellTextOf(cells.get(3, 1))).toBe("2026-01-05T09:00:00");
    expect(cellTextOf(cells.get(3, 4))).toBe("2026-01-05");
    expect([read(3, 2), read(3, 5)]).toEqual([2, "x"]);
    expect(cells.get(3, 3)).toEqual(new FormulaCell(undefined));
  });

  it("reads a 1904 workbook's dates as the same days", async () => {
    const bytes = await pkg(
      sheetXml('<row r="1"><c r="A1" s="1"><v>44565</v></c></row>'),
      { "xl/styles.xml": STYLES },
      '<workbookPr date1904="1"/>',
    );
    expect(cellTextOf((await openBook(bytes)).sheets[0]?.cells.get(1, 1))).toBe("2026-01-05");
  });

  it("reads sheets whose elements carry a namespace prefix, and rows and cells that leave out r", async () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const book = await openBook(await pkg(sheet));
    const cells = book.sheets[0]?.cells;
    expect([cells?.get(1, 1), cells?.get(1, 2), cells?.get(2, 3)]).toEqual(["a", 2, 3]);
    book.edits.setCell(book.sheets[0] as BookSheet, 2, 1, { value: "new" });
    book.edits.setCell(book.sheets[0] as BookSheet, 3, 2, { value: 5 });
    const out = (await readZip(await bookBytes(book))).get("xl/worksheets/sheet1.xml") ?? "";
    expect(out).toContain(
      '<x:row><x:c r="A2" t="inlineStr"><x:is><x:t>new</x:t></x:is></x:c><x:c r="C2"><x:v>3</x:v></x:c></x:row><x:row r="3"><x:c r="B3"><x:v>5</x:v></x:c></x:row>',
    );
  });

  it("writes changed cells in place, new cells and rows in order, keeps every other byte of the sheet, and has formulas recalculated", async () => {
    const rows =
      '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="C1" t="inlineStr"><is><t>Owner</t></is></c></row>' +
      '<row r="4" spans="1:3" ht="30" customHeight="1"><c r="A4" s="2"><v>1</v></c><c r="C4"><f>A4*2</f><v>2</v></c></row>';
    const extra =
      '<mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells><conditionalFormatting sqref="A1:A9"><cfRule type="expression" priority="1"><formula>A1&gt;1</formula></cfRule></conditionalFormatting>';
    const book = await openBook(await pkg(sheetXml(rows, extra), { "xl/styles.xml": STYLES }));
    const sheet = book.sheets[0] as BookSheet;
    book.edits.setCell(sheet, 1, 2, { value: "Step" });
    book.edits.setCell(sheet, 4, 1, { value: "=not a formula" });
    book.edits.setCell(sheet, 4, 2, { value: "line 1\r\nline 2" });
    book.edits.setCell(sheet, 2, 3, { value: 7 });
    const zip = await readZip(await bookBytes(book));
    const out = zip.get("xl/worksheets/sheet1.xml") ?? "";
    // A formula reads the sheet: Excel is asked to calculate it again when it opens the workbook.
    expect(zip.get("xl/workbook.xml")).toContain('</sheets><calcPr fullCalcOnLoad="1"/></workbook>');
    expect(out).toBe(
      sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Step</t></is></c><c r="C1" t="inlineStr"><is><t>Owner</t></is></c></row>' +
          '<row r="2"><c r="C2"><v>7</v></c></row>' +
          // The cell keeps its style (bold); text stays text; the formula beside it is untouched.
          '<row r="4" ht="30" customHeight="1"><c r="A4" s="2" t="inlineStr"><is><t>=not a formula</t></is></c><c r="B4" t="inlineStr"><is><t xml:space="preserve">line 1&#13;\nline 2</t></is></c><c r="C4"><f>A4*2</f><v>2</v></c></row>',
        extra,
      ).replace('ref="A1:C3"', 'ref="A1:C4"'),
    );
  });

  it("keeps a cell's own number format where it fits a written date, and adds one where the cell shows General", async () => {
    const rows = '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="2"><v>1</v></c></row>';
    const book = await openBook(await pkg(sheetXml(rows), { "xl/styles.xml": STYLES }));
    const sheet = book.sheets[0] as BookSheet;
    const date = { kind: "date", value: Date.UTC(2026, 0, 6), time: false } as const;
    book.edits.setOutput(sheet, 1, 1, date);
    book.edits.setOutput(sheet, 1, 2, date);
    const zip = await readZip(await bookBytes(book));
    expect(zip.get("xl/worksheets/sheet1.xml")).toContain(
      '<c r="A1" s="3"><v>46028</v></c><c r="B1" s="4"><v>46028</v></c>',
    );
    // The new style is the bold one with a date format.
    expect(zip.get("xl/styles.xml")).toContain('<cellXfs count="5">');
    expect(zip.get("xl/styles.xml")).toContain(
      '<xf numFmtId="164" fontId="1" applyFont="1" applyNumberFormat="1"/>',
    );
    const wb = new Workbook();
    await wb.xlsx.load((await bookBytes(await openBook(await bookBytes(book)))) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Data")?.getCell("B1").value).toEqual(new Date(Date.UTC(2026, 0, 6)));
    expect(wb.getWorksheet("Data")?.getCell("B1").font?.bold).toBe(true);
  });

  it("appends rows below a table and grows it, and adds a History sheet with its table to a workbook without one", async () => {
    const book = await openBook(
      await pkg(sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>')),
    );
    const history = addHistorySheetToBook(book, "Purchase History", "PS_purchase_History", "en");
    book.edits.setAppend(history, {
      first: 2,
      count: 2,
      left: 1,
      right: 9,
      row: (i) =>
        new Map([
          [1, { value: `PR-000${i + 1}` }],
          [2, { value: 46027.375, format: { code: "yyyy-mm-dd hh:mm:ss", when: "always" } }],
        ]),
    });
    book.edits.setTable(history.tables[0] as BookTable, {
      ref: { top: 1, left: 1, bottom: 3, right: 9 },
      added: [],
    });
    const bytes = await bookBytes(book);
    const zip = await readZip(bytes);
    expect(zip.get("xl/workbook.xml")).toContain(
      '<sheet name="Purchase History" sheetId="2" r:id="rIdProcsheetHistory"/>',
    );
    expect(zip.get("[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(zip.get("xl/tables/table1.xml")).toContain('ref="A1:I3"');
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Purchase History");
    expect(ws?.getRow(1).values).toEqual([
      undefined,
      "Case ID",
      "At",
      "Event",
      "Step",
      "From step",
      "Status",
      "Owner",
      "By",
      "Version",
      "Field",
      "Old value",
      "New value",
    ]);
    expect([ws?.getCell("A3").value, ws?.getCell("B3").value]).toEqual([
      "PR-0002",
      new Date(Date.UTC(2026, 0, 5, 9)),
    ]);
  });

  it("copies the parts it does not change (charts, drawings, pivot caches) byte for byte", async () => {
    const chart = `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">${"<c:x/>".repeat(50)}</c:chartSpace>`;
    const original = await pkg(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), {
      "xl/charts/chart1.xml": chart,
      "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>",
      "xl/styles.xml": STYLES,
    });
    const book = await openBook(original);
    book.edits.setCell(book.sheets[0] as BookSheet, 1, 1, { value: 2 });
    const written = await bookBytes(book);
    const raw = (bytes: Buffer): Map<string, string> =>
      new Map(
        readZipDirectory(bytes).map((e) => [
          e.name,
          bytes.subarray(e.dataStart, e.dataStart + e.compressedSize).toString("hex"),
        ]),
      );
    const before = raw(original);
    const after = raw(written);
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/workbook.xml",
      "[Content_Types].xml",
    ])
      expect([name, after.get(name)]).toEqual([name, before.get(name)]);
    expect(after.get("xl/worksheets/sheet1.xml")).not.toBe(before.get("xl/worksheets/sheet1.xml"));
  });
});
