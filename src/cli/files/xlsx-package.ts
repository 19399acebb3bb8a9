import { posix } from "node:path";

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
