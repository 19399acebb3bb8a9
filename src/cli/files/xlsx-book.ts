import { posix } from "node:path";
import type { Context } from "../context";
import { badInput } from "../failure";
import { readBinaryFile } from "./process-file";
import { BookEdits } from "./xlsx-book-edits";
import { readSheetCells, type SheetCells } from "./xlsx-sheet-cells";
import { XlsxStyles } from "./xlsx-styles";
import { attribute, runsText } from "./xlsx-text";
import { parseRange, type CellRange } from "./xlsx-address";
import { entryBytes, entryText, readZipDirectory, type ZipEntry } from "./zip-directory";

/**
 * An .xlsx package as the command line reads it, without exceljs: the parts located through their
 * relationships (ECMA-376 Part 2 §9.3, relative or absolute names), every worksheet's cells read a row at
 * a time into a compact grid, the tables. The package's bytes stay as they are; a sync writes back only
 * the parts it changes (xlsx-book-write.ts), so charts, pivot tables and anything else stay untouched.
 */

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points at, as a package name (`xl/worksheets/sheet1.xml`); external targets as written. */
  readonly target: string;
  readonly external: boolean;
}

export interface BookTable {
  readonly part: string;
  readonly xml: string;
  readonly id: number;
  readonly name: string;
  readonly ref: CellRange;
  readonly totalsRow: boolean;
  readonly columns: readonly string[];
}

export interface BookSheet {
  readonly name: string;
  readonly part: string;
  readonly cells: SheetCells;
  readonly tables: readonly BookTable[];
}

export interface XlsxBook {
  readonly bytes: Buffer;
  /** The package's entries in file order. */
  readonly entries: readonly ZipEntry[];
  readonly workbookPart: string;
  /** The worksheets in workbook order (a History sheet a sync adds joins them). */
  readonly sheets: BookSheet[];
  readonly styles: XlsxStyles;
  readonly stylesPart: string | undefined;
  /** The workbook counts dates from 1904 (old Mac Excel): its serials are 1,462 days smaller. */
  readonly date1904: boolean;
  /** A part's text as read (small parts only: the workbook, rels, tables, content types); undefined when absent. */
  part(name: string): string | undefined;
  /** What the sync changes, written by bookBytes (xlsx-book-write.ts). */
  readonly edits: BookEdits;
}

/** A package name as a key: part names compare without case (ECMA-376 Part 2 §9.1.1.1). */
function key(name: string): string {
  return name.toLowerCase();
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === "." ? "" : `${dir}/`}_rels/${posix.basename(part)}.rels`;
}

function decoded(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** A relationship's target as a package name, from the folder of the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return posix.normalize(decoded(target.slice(1)));
  const dir = posix.dirname(source);
  return posix.normalize(posix.join(dir === "." ? "" : dir, decoded(target)));
}

/** A `<sheet>`'s relationship id, whatever prefix the workbook gave the relationships namespace. */
function relationshipId(tag: string): string | undefined {
  return attribute(tag, "r:id") ?? /\s[\w.-]+:id="([^"]*)"/.exec(tag)?.[1];
}

export function parseRelationships(source: string, xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const external = attribute(m[0], "TargetMode") === "External";
    const target = attribute(m[0], "Target") ?? "";
    return {
      id: attribute(m[0], "Id") ?? "",
      type: attribute(m[0], "Type") ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

function parseTable(part: string, xml: string): BookTable | undefined {
  const root = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0];
  const ref = root && parseRange(attribute(root, "ref") ?? "");
  if (!root || !ref) return undefined;
  const columns = [...xml.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*>/g)].map(
    (m) => attribute(m[0], "name") ?? "",
  );
  return {
    part,
    xml,
    id: Number(attribute(root, "id") ?? 0) || 0,
    name: attribute(root, "name") ?? attribute(root, "displayName") ?? "",
    ref,
    totalsRow: Number(attribute(root, "totalsRowCount") ?? 0) > 0,
    columns,
  };
}

/** The shared-string table, read a string at a time (it may hold hundreds of thousands). */
async function readSharedStrings(text: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  const item = /<((?:[\w.-]+:)?)si>([\s\S]*?)<\/\1si>|<(?:[\w.-]+:)?si\s*\/>/g;
  let buf = "";
  for await (const chunk of text) {
    buf += chunk;
    let pos = 0;
    item.lastIndex = 0;
    for (let m = item.exec(buf); m; m = item.exec(buf)) {
      out.push(runsText(m[2] ?? ""));
      pos = m.index + m[0].length;
    }
    buf = buf.slice(pos);
  }
  return out;
}

/** Reads a package; anything that is not a readable workbook throws (the caller names the file). */
export async function openBook(bytes: Buffer): Promise<XlsxBook> {
  const entries = readZipDirectory(bytes);
  const byName = new Map(entries.map((e) => [key(e.name), e]));
  const entry = (name: string): ZipEntry | undefined => byName.get(key(name));
  const part = (name: string): string | undefined => {
    const e = entry(name);
    return e ? entryBytes(bytes, e).toString("utf8") : undefined;
  };
  const officeDocument = parseRelationships("", part("_rels/.rels")).find(
    (r) => r.type === REL_TYPE.officeDocument,
  );
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const workbookXml = part(workbookPart);
  if (workbookXml === undefined) throw new Error("the package has no workbook part");
  const rels = parseRelationships(workbookPart, part(relsPartOf(workbookPart)));
  const stylesPart = rels.find((r) => r.type === REL_TYPE.styles)?.target;
  const styles = new XlsxStyles(stylesPart === undefined ? undefined : part(stylesPart));
  const stringsPart = rels.find((r) => r.type === REL_TYPE.sharedStrings)?.target;
  const stringsEntry = stringsPart === undefined ? undefined : entry(stringsPart);
  const strings = stringsEntry ? await readSharedStrings(entryText(bytes, stringsEntry)) : [];
  const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(attribute(pr, "date1904") ?? "");
  const ctx = { strings, styles, date1904 };
  const sheets: BookSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const rel = rels.find((r) => r.id === relationshipId(m[0]));
    // Chart sheets and dialog sheets hold no cells.
    const e = rel && rel.type === REL_TYPE.worksheet ? entry(rel.target) : undefined;
    if (!rel || !e) continue;
    const tables = parseRelationships(e.name, part(relsPartOf(e.name)))
      .filter((r) => r.type === REL_TYPE.table)
      .flatMap((r) => {
        const xml = part(r.target);
        const t = xml === undefined ? undefined : parseTable(entry(r.target)?.name ?? r.target, xml);
        return t ? [t] : [];
      });
    sheets.push({
      name: attribute(m[0], "name") ?? "",
      part: e.name,
      cells: await readSheetCells(entryText(bytes, e), ctx),
      tables,
    });
  }
  return {
    bytes,
    entries,
    workbookPart: entry(workbookPart)?.name ?? workbookPart,
    sheets,
    styles,
    stylesPart: stylesPart === undefined ? undefined : (entry(stylesPart)?.name ?? stylesPart),
    date1904,
    part,
    edits: new BookEdits(date1904),
  };
}

/** Reads a workbook file; a file that is no readable workbook is bad input naming it. */
export async function loadBook(ctx: Context, file: string): Promise<XlsxBook> {
  const bytes = readBinaryFile(ctx, file);
  try {
    return await openBook(bytes);
  } catch (e) {
    throw badInput(ctx.m.xlsxUnreadable(file, e instanceof Error ? e.message : String(e)));
  }
}
