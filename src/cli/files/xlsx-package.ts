import { posix } from "node:path";
import { readZipEntries, writeZipEntries } from "./zip";

const RELATIONSHIP = /<Relationship\b[^>]*>/g;

/** The folder a rels file's relationships start from: `xl/_rels/workbook.xml.rels` → `xl`, `_rels/.rels` → ``. */
function sourceFolder(relsFile: string): string {
  const folder = posix.dirname(posix.dirname(relsFile));
  return folder === "." ? "" : folder;
}

/**
 * A rels file with every internal absolute target (`/xl/worksheets/sheet1.xml`) written relative to its
 * source part's folder (`worksheets/sheet1.xml`); external targets (hyperlinks) are left alone.
 * ECMA-376 Part 2 (Open Packaging Conventions, §9.3) allows both, and openpyxl, LibreOffice and Google
 * Sheets' export write absolute ones; but exceljs, and tools built on it, resolve every target relative
 * to the rels file's folder and fail on them. A package Procsheet writes uses relative names.
 */
export function relativeTargets(relsFile: string, xml: string): string {
  const from = `/${sourceFolder(relsFile)}`;
  return xml.replace(RELATIONSHIP, (element) => {
    if (/\bTargetMode=["']External["']/.test(element)) return element;
    return element.replace(/\bTarget=(["'])(\/[^"']*)\1/, (_m, quote: string, target: string) => {
      const relative = posix.relative(from, posix.normalize(target));
      return `Target=${quote}${relative}${quote}`;
    });
  });
}

/**
 * The package with its part names as exceljs can follow them. ECMA-376 Part 2 (Open Packaging
 * Conventions, §9.3) lets a relationship name its target by an absolute part name, and openpyxl,
 * LibreOffice and Google Sheets' export do so; exceljs resolves every target relative to the rels file's
 * folder and fails on them ("Cannot read properties of undefined (reading 'name')"). So absolute targets
 * are rewritten as the relative names they stand for. A package without any is returned as it came.
 */
export async function withRelativePartNames(data: Buffer): Promise<Buffer> {
  let entries: Map<string, Buffer>;
  try {
    entries = await readZipEntries(data);
  } catch {
    return data; // not a zip: exceljs says so in its own words
  }
  let changed = false;
  for (const [name, bytes] of entries) {
    if (!name.endsWith(".rels")) continue;
    const xml = bytes.toString("utf8");
    const rewritten = relativeTargets(name, xml);
    if (rewritten === xml) continue;
    entries.set(name, Buffer.from(rewritten, "utf8"));
    changed = true;
  }
  return changed ? writeZipEntries(entries) : data;
}
