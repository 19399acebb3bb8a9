import { posix } from "node:path";
import { readZipEntries, writeZipEntries } from "./zip";

/**
 * Parts of a package that exceljs does not know and drops when it writes a workbook, but that must
 * survive a CLI sync: the add-in keeps its process definition in custom XML parts and its settings in
 * the web-extension parts (src/excel/store), and people keep custom document properties.
 */
const CARRIED = /^(customXml\/|xl\/webextensions\/|docProps\/custom\.xml$)/;

const RELS = ["_rels/.rels", "xl/_rels/workbook.xml.rels"];

function attr(element: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
}

/** The part a relationship points at, from the rels file's own folder (`xl/_rels/x.rels` → `xl/`). */
function targetOf(relsFile: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = posix.dirname(posix.dirname(relsFile));
  return posix.normalize(posix.join(base === "." ? "" : base, target));
}

function insertBefore(xml: string, closing: string, elements: readonly string[]): string {
  const at = xml.lastIndexOf(closing);
  return at < 0 || elements.length === 0 ? xml : xml.slice(0, at) + elements.join("") + xml.slice(at);
}

/** Adds the relationships of `original` that point at carried parts to `written`, with fresh ids. */
function graftRelationships(
  relsFile: string,
  original: string,
  written: string,
  carried: ReadonlySet<string>,
): string {
  const present = new Set(
    [...written.matchAll(/<Relationship\b[^>]*>/g)].map((m) =>
      targetOf(relsFile, attr(m[0], "Target") ?? ""),
    ),
  );
  const ids = new Set([...written.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  const added: string[] = [];
  let n = 0;
  for (const m of original.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const target = targetOf(relsFile, attr(m[0], "Target") ?? "");
    if (!carried.has(target) || present.has(target)) continue;
    let id: string;
    do id = `rIdProcsheet${++n}`;
    while (ids.has(id));
    added.push(m[0].replace(/\bId="[^"]*"/, `Id="${id}"`));
  }
  return insertBefore(written, "</Relationships>", added);
}

/** Adds the content types of carried parts (and of their extensions) that `written` lacks. */
function graftContentTypes(original: string, written: string, carried: ReadonlySet<string>): string {
  const added: string[] = [];
  for (const m of original.matchAll(/<Override\b[^>]*\/>/g)) {
    const part = (attr(m[0], "PartName") ?? "").replace(/^\//, "");
    if (carried.has(part) && !written.includes(`PartName="/${part}"`)) added.push(m[0]);
  }
  const extensions = new Set([...carried].map((p) => posix.extname(p).slice(1).toLowerCase()));
  for (const m of original.matchAll(/<Default\b[^>]*\/>/g)) {
    const ext = (attr(m[0], "Extension") ?? "").toLowerCase();
    if (extensions.has(ext) && !new RegExp(`Extension="${ext}"`, "i").test(written)) added.push(m[0]);
  }
  return insertBefore(written, "</Types>", added);
}

/**
 * The workbook exceljs wrote, with the parts of the original it dropped put back (see CARRIED), their
 * relationships and content types included. When nothing was dropped, the written bytes as they are.
 */
export async function carryParts(original: Buffer, written: Buffer): Promise<Buffer> {
  let source: Map<string, Buffer>;
  try {
    source = await readZipEntries(original);
  } catch {
    return written; // Not a zip we can read: exceljs read it, so there is nothing of ours to carry.
  }
  const out = await readZipEntries(written);
  const carried = new Set([...source.keys()].filter((k) => CARRIED.test(k) && !out.has(k)));
  if (carried.size === 0) return written;
  for (const part of carried) out.set(part, source.get(part) as Buffer);
  for (const rels of RELS) {
    const before = source.get(rels);
    const after = out.get(rels);
    if (before && after)
      out.set(
        rels,
        Buffer.from(graftRelationships(rels, before.toString("utf8"), after.toString("utf8"), carried)),
      );
  }
  const types = "[Content_Types].xml";
  const before = source.get(types);
  const after = out.get(types);
  if (before && after)
    out.set(types, Buffer.from(graftContentTypes(before.toString("utf8"), after.toString("utf8"), carried)));
  return writeZipEntries(out);
}
