import type { CellChange } from "./cell-changes";

// Excel number format codes (https://support.microsoft.com/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5):
// text in quotes, a character after a backslash or an underscore/asterisk, and [colour]/[condition]
// sections print no date part; [h], [mm], [ss] are elapsed times.
const LITERALS = /"[^"]*"|\\.|[_*].|\[(?![hms]+\])[^\]]*\]/gi;

/**
 * Whether a number format shows a date or a time (a day, month, year, hour or second code outside
 * literals), e.g. "dd/mm/yyyy", "d mmm", "[$-804]yyyy年m月d日"; not "General", "@", "0.00" or "#,##0 \"d\"".
 */
export function isDateFormat(format: string): boolean {
  return /[dmyhs]/i.test(format.replace(LITERALS, "").replace(/General/gi, ""));
}

/** Whether a number format shows numbers as a person chose (not General, not text, not a date). */
function isNumberFormat(format: string): boolean {
  const f = format.trim();
  return f !== "" && !/^general$/i.test(f) && f !== "@" && !isDateFormat(f);
}

function fits(format: string | undefined, ours: string): format is string {
  if (format === undefined) return false;
  return isDateFormat(ours) ? isDateFormat(format) : isNumberFormat(format);
}

/**
 * The number format a cell write carries, given the format the cell has now (`cell`, when read) and its
 * column's (`column`, the first body row's): none when the cell already shows such a value its own way —
 * a format a person chose is never replaced — else the column's when it shows such values, else
 * Procsheet's own (a General or text cell would show a date as a serial number or as text).
 * @example formatToWrite("yyyy-mm-dd", "dd/mm/yyyy", "dd/mm/yyyy") === undefined
 * @example formatToWrite("yyyy-mm-dd", "General", "dd/mm/yyyy") === "dd/mm/yyyy"
 */
export function formatToWrite(
  ours: string,
  cell: string | undefined,
  column: string | undefined,
): string | undefined {
  if (fits(cell, ours)) return undefined;
  return fits(column, ours) ? column : ours;
}

/**
 * Changes whose number formats follow the workbook's: `cells` gives each change's cell format now (in the
 * order of `changes`, undefined where not read), `columns` each body column's format (by column index).
 */
export function inWorkbookFormats(
  changes: readonly CellChange[],
  cells: readonly (string | undefined)[],
  columns: readonly (string | undefined)[],
): CellChange[] {
  return changes.map((c, i) => {
    const ours = c.write.numberFormat;
    if (ours === undefined) return c;
    const format = formatToWrite(ours, cells[i], columns[c.column]);
    if (format === ours) return c;
    const { numberFormat: _ours, ...write } = c.write;
    return { ...c, write: format === undefined ? write : { ...write, numberFormat: format } };
  });
}
