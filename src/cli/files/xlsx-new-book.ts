import { SharedStrings } from "./xlsx-cell-xml";
import { XlsxStyles } from "./xlsx-styles";
import { newTableXml } from "./xlsx-table-xml";
import { escapeMarkup } from "./xlsx-text";
import {
  MAIN_NS,
  PACKAGE_REL_NS,
  REL_NS,
  sheetRelsXml,
  worksheetXml,
  XML_DECL,
  type SheetLayout,
} from "./xlsx-sheet-xml";
import type { CellRange } from "./xlsx-address";
import { ZipWriter } from "./zip-writer";

/** What the rows of a new workbook's sheets gather as they are generated: its styles and shared strings. */
export interface NewBookParts {
  readonly styles: XlsxStyles;
  readonly strings: SharedStrings;
}

export function newBookParts(): NewBookParts {
  return { styles: new XlsxStyles(undefined), strings: new SharedStrings() };
}

/** A sheet of a new workbook: its layout, its rows as `<row>` elements (generated as they are written), its table. */
export interface NewBookSheet {
  readonly name: string;
  readonly layout: Omit<SheetLayout, "tableRelId">;
  readonly rows: Iterable<string>;
  readonly table?: { readonly name: string; readonly ref: CellRange; readonly columns: readonly string[] };
}

const CT = "application/vnd.openxmlformats-officedocument";

/** The Office theme exceljs ships, so table styles show the colours Excel's default theme gives them. */
function officeTheme(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a data file of exceljs, not its code
    const theme: unknown = require("exceljs/lib/xlsx/xml/theme1.js");
    return typeof theme === "string" ? theme : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A new .xlsx package written straight from rows, without exceljs's model of every cell (which took
 * ~1 KB a cell: a 200,000-row register did not fit in 4 GB). The rows stream into the zip entry as they
 * are generated; the styles and shared strings they gather are written last.
 */
export async function newBookBytes(sheets: readonly NewBookSheet[], book: NewBookParts): Promise<Buffer> {
  const { styles, strings } = book;
  const zip = new ZipWriter();
  const theme = officeTheme();
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
    ...(theme ? [`<Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>`] : []),
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
  ];
  const workbookRels: string[] = [];
  let tables = 0;
  sheets.forEach((s, i) => {
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    );
    if (s.table)
      overrides.push(
        `<Override PartName="/xl/tables/table${++tables}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`,
      );
    workbookRels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
  });
  const n = sheets.length;
  workbookRels.push(`<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  workbookRels.push(
    `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`,
  );
  if (theme)
    workbookRels.push(`<Relationship Id="rId${n + 3}" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>`);
  zip.add(
    "[Content_Types].xml",
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.add(
    "_rels/.rels",
    `${XML_DECL}<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  zip.add(
    "docProps/core.xml",
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Procsheet</dc:creator></cp:coreProperties>`,
  );
  zip.add(
    "docProps/app.xml",
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Procsheet</Application></Properties>`,
  );
  zip.add(
    "xl/workbook.xml",
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${escapeMarkup(s.name, true)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      "</sheets></workbook>",
  );
  zip.add(
    "xl/_rels/workbook.xml.rels",
    `${XML_DECL}<Relationships xmlns="${PACKAGE_REL_NS}">${workbookRels.join("")}</Relationships>`,
  );
  if (theme) zip.add("xl/theme/theme1.xml", theme);
  let table = 0;
  for (const [i, s] of sheets.entries()) {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    if (s.table) {
      table++;
      zip.add(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        sheetRelsXml("rId1", `../tables/table${table}.xml`),
      );
      zip.add(`xl/tables/table${table}.xml`, newTableXml(table, s.table.name, s.table.ref, s.table.columns));
    }
    await zip.addText(part, worksheetXml(s.table ? { ...s.layout, tableRelId: "rId1" } : s.layout, s.rows));
  }
  // Last: the rows above added the number formats and strings they use.
  zip.add("xl/styles.xml", styles.toXml());
  await zip.addText("xl/sharedStrings.xml", strings.xml());
  return zip.finish();
}
