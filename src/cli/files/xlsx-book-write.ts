import { posix } from "node:path";
import { REL_TYPE, relsPartOf, type XlsxBook } from "./xlsx-book";
import { relativeTargets } from "./xlsx-package";
import { withAttribute } from "./xlsx-text";
import { patchSheet } from "./xlsx-sheet-patch";
import { PACKAGE_REL_NS, XML_DECL } from "./xlsx-sheet-xml";
import { grownTableXml } from "./xlsx-table-xml";
import { entryBytes, entryText, type ZipEntry } from "./zip-directory";
import type { PackageParts } from "./zip";
import { ZipWriter } from "./zip-writer";

/** A book's parts as they will be written: edited parts as edited, the others as read (inflated on demand). */
export function bookParts(book: XlsxBook): PackageParts {
  const { edits } = book;
  const entries = new Map(book.entries.map((e) => [e.name, e]));
  return {
    keys: () => new Set([...entries.keys(), ...edits.parts.keys()]),
    has: (name) => edits.parts.has(name) || entries.has(name),
    get: (name) => {
      const edited = edits.parts.get(name);
      if (edited) return edited;
      const e = entries.get(name);
      return e ? entryBytes(book.bytes, e) : undefined;
    },
    set: (name, data) => edits.parts.set(name, data),
  };
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** A workbook without a styles part gets one when cells are written (they may need a number format). */
function ensureStylesPart(book: XlsxBook, parts: PackageParts): string {
  if (book.stylesPart !== undefined) return book.stylesPart;
  const name = "xl/styles.xml";
  const relsName = relsPartOf(book.workbookPart);
  const rels =
    parts.get(relsName)?.toString("utf8") ??
    `${XML_DECL}<Relationships xmlns="${PACKAGE_REL_NS}"></Relationships>`;
  const target = posix.relative(posix.dirname(book.workbookPart), name);
  const relationship = `<Relationship Id="rIdProcsheetStyles" Type="${REL_TYPE.styles}" Target="${target}"/>`;
  parts.set(
    relsName,
    Buffer.from(rels.replace(/<\/((?:[\w.-]+:)?)Relationships>\s*$/, (close) => relationship + close)),
  );
  const types = parts.get("[Content_Types].xml")?.toString("utf8") ?? "";
  const override = `<Override PartName="/${name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`;
  parts.set(
    "[Content_Types].xml",
    Buffer.from(types.replace(/<\/((?:[\w.-]+:)?)Types>\s*$/, (close) => override + close)),
  );
  return name;
}

// The elements that follow calcPr in a workbook part (ECMA-376 Part 1 §18.2.28), for placing a new one.
const AFTER_CALC_PR =
  /<(?:[\w.-]+:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:[\w.-]+:)?workbook>/;

/**
 * Asks Excel to recalculate the workbook when it opens: the cells a sync wrote have not been calculated,
 * so formulas that read them (a summary sheet, a total row) would show their old results until then.
 */
function recalculateOnLoad(book: XlsxBook, parts: PackageParts): void {
  const xml = parts.get(book.workbookPart)?.toString("utf8");
  if (xml === undefined) return;
  const calcPr = /<(?:[\w.-]+:)?calcPr\b[^>]*>/.exec(xml)?.[0];
  const prefix = /<((?:[\w.-]+:)?)workbook\b/.exec(xml)?.[1] ?? "";
  let out: string;
  if (calcPr) out = xml.replace(calcPr, withAttribute(calcPr, "fullCalcOnLoad", "1"));
  else {
    const at = xml.search(AFTER_CALC_PR);
    out = at < 0 ? xml : `${xml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
  }
  if (out !== xml) parts.set(book.workbookPart, Buffer.from(out, "utf8"));
}

/**
 * The package with the book's edits: an edited sheet streamed through its patch, a grown table rewritten,
 * parts replaced or added as given, the styles part last (patches may add styles); every other part's
 * compressed bytes copied as they were.
 */
export async function bookBytes(book: XlsxBook): Promise<Buffer> {
  const { edits } = book;
  const parts = bookParts(book);
  const writesCells = edits.cells.size > 0 || edits.appends.size > 0;
  const stylesPart = writesCells ? ensureStylesPart(book, parts) : book.stylesPart;
  if (writesCells && book.sheets.some((s) => s.cells.formulas > 0)) recalculateOnLoad(book, parts);
  const zip = new ZipWriter();
  const entries = new Map<string, ZipEntry>(book.entries.map((e) => [e.name, e]));
  const tables = new Map(book.sheets.flatMap((s) => s.tables.map((t) => [t.part, t])));
  const names = [...entries.keys(), ...[...edits.parts.keys()].filter((n) => !entries.has(n))];
  for (const name of names) {
    if (name === stylesPart) continue;
    const entry = entries.get(name);
    const edited = edits.parts.get(name);
    const patch = edits.patchFor(name);
    const table = edits.tables.get(name);
    if (patch) {
      const text = edited ? once(edited.toString("utf8")) : entryText(book.bytes, entry as ZipEntry);
      await zip.addText(name, patchSheet(text, patch, book.styles));
    } else if (table) {
      const xml = (edited ?? entryBytes(book.bytes, entry as ZipEntry)).toString("utf8");
      zip.add(name, grownTableXml(xml, table, tables.get(name)?.totalsRow ?? false));
    } else if (name.endsWith(".rels")) {
      const xml = (edited ?? entryBytes(book.bytes, entry as ZipEntry)).toString("utf8");
      const relative = relativeTargets(name, xml);
      if (relative !== xml) zip.add(name, relative);
      else if (edited) zip.add(name, edited);
      else zip.copy(book.bytes, entry as ZipEntry);
    } else if (edited) zip.add(name, edited);
    else if (entry) zip.copy(book.bytes, entry);
  }
  if (stylesPart !== undefined) {
    const entry = entries.get(stylesPart);
    if (book.styles.changed || !entry) zip.add(stylesPart, book.styles.toXml());
    else zip.copy(book.bytes, entry);
  }
  return zip.finish();
}
