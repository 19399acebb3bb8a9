import type { TableEdit } from "./xlsx-book-edits";
import { attribute, escapeMarkup, withAttribute } from "./xlsx-text";
import { rangeAddress, type CellRange } from "./xlsx-address";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A new table part (ECMA-376 Part 1 §18.5.1.2), headed by its first row, styled as `init` styles tables. */
export function newTableXml(id: number, name: string, ref: CellRange, columns: readonly string[]): string {
  const address = rangeAddress(ref);
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeMarkup(c, true)}"/>`).join("");
  return (
    XML_DECL +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ref="${address}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${address}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/**
 * A table part grown to `edit.ref`, with `edit.added` columns at its right; everything else as it was. A
 * table that left out headerRowCount (Excel does: it defaults to 1) or tableStyleInfo (LibreOffice does)
 * gets them written out, so the part says what it is.
 */
export function grownTableXml(xml: string, edit: TableEdit, totalsRow: boolean): string {
  const address = rangeAddress(edit.ref);
  let out = xml.replace(/<((?:[\w.-]+:)?)table\b[^>]*>/, (root) => {
    const grown = withAttribute(root, "ref", address);
    return attribute(grown, "headerRowCount") === undefined
      ? withAttribute(grown, "headerRowCount", "1")
      : grown;
  });
  const prefix = /<((?:[\w.-]+:)?)table\b/.exec(out)?.[1] ?? "";
  const filter = rangeAddress({ ...edit.ref, bottom: edit.ref.bottom - (totalsRow ? 1 : 0) });
  out = out.replace(/<(?:[\w.-]+:)?autoFilter\b[^>]*>/, (tag) => withAttribute(tag, "ref", filter));
  if (edit.added.length > 0) {
    const ids = [...out.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*>/g)].map((m) =>
      Number(attribute(m[0], "id") ?? 0),
    );
    let id = Math.max(0, ...ids);
    const added = edit.added.map(
      (name) => `<${prefix}tableColumn id="${++id}" name="${escapeMarkup(name, true)}"/>`,
    );
    out = out.replace(
      /(<((?:[\w.-]+:)?)tableColumns\b[^>]*>)([\s\S]*?)(<\/\2tableColumns>)/,
      (_m, open: string, _p: string, body: string, close: string) =>
        `${withAttribute(open, "count", String(ids.length + added.length))}${body}${added.join("")}${close}`,
    );
  }
  if (!/<(?:[\w.-]+:)?tableStyleInfo\b/.test(out)) {
    // tableStyleInfo comes after tableColumns, before any extLst.
    const style = `<${prefix}tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>`;
    const at = out.search(/<(?:[\w.-]+:)?extLst\b|<\/(?:[\w.-]+:)?table>\s*$/);
    if (at >= 0) out = out.slice(0, at) + style + out.slice(at);
  }
  return out;
}
