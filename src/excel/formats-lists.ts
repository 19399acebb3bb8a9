import { startOfDay, toExcelSerial, type DayNumber } from "../core/time/local-time";
import { DATE_FORMAT, safeText } from "../workbook/excel-cell";
import { columnLetter } from "../core/register/columns";
import { sheetRef } from "../core/register/format-rules";
import { LANGS, type Lang } from "../words/lang";
import "../words/sheet";
import { say } from "../words/say";

/**
 * A hidden sheet holding lists that formulas reference: today the process calendar's holidays and make-up
 * days, which WORKDAY/NETWORKDAYS can only take as a range (a conditional-format formula cannot hold the
 * dates any other way that Excel 2019 accepts). One column per list, headed `<process> <list>`, so several
 * processes (and later other lists) share the sheet. Hidden, not very hidden: a person may look at it
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member,
 * ExcelApi 1.1). Cross-sheet references in conditional formats work since Excel 2010.
 */
export function listsSheetName(lang: Lang): string {
  return say("sheet.lists.name", {}, lang);
}

// A workbook keeps the sheet under the name it was made with: look for it under every language's name
// (the English one is what workbooks made before the names were localized have).
const KNOWN_NAMES: readonly string[] = LANGS.map(listsSheetName);

export interface NamedList {
  readonly header: string;
  readonly days: readonly DayNumber[];
}

interface ListsState {
  readonly exists: boolean;
  /** The sheet's name: the one it has, or the one a new sheet gets. */
  readonly name: string;
  /** Header row and the values under it, from A1. */
  readonly grid: readonly (readonly unknown[])[];
}

const serialOf = (day: DayNumber): number => toExcelSerial(startOfDay(day));

/**
 * First half: queue the reads (sheet present? its used range). Call `write` after the next sync.
 * getItemOrNullObject and getUsedRangeOrNullObject are ExcelApi 1.4
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member-1).
 */
export function queueListsSheet(
  context: Excel.RequestContext,
  lang: Lang,
): {
  readonly readUsed: () => void;
  readonly state: () => ListsState;
} {
  const candidates = KNOWN_NAMES.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("name"),
  );
  const found = (): Excel.Worksheet | undefined => candidates.find((s) => !s.isNullObject);
  let used: Excel.Range | undefined;
  return {
    // Needs the sheet's isNullObject, so it runs after the first sync; queues one more read.
    readUsed: () => {
      used = found()?.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    },
    state: () => {
      const sheet = found();
      if (!sheet) return { exists: false, name: listsSheetName(lang), grid: [] };
      if (!used || used.isNullObject) return { exists: true, name: sheet.name, grid: [] };
      // Lists always start at A1; a used range starting further right or down means an empty sheet part.
      const grid: unknown[][] = [];
      for (let r = 0; r < used.rowIndex + used.values.length; r++) {
        const row: unknown[] = [];
        const src = r >= used.rowIndex ? used.values[r - used.rowIndex] : undefined;
        for (let c = 0; c < used.columnIndex + (used.values[0]?.length ?? 0); c++)
          row.push(src && c >= used.columnIndex ? src[c - used.columnIndex] : "");
        grid.push(row);
      }
      return { exists: true, name: sheet.name, grid };
    },
  };
}

/**
 * Second half: writes each list into its column (only where it differs) and returns, per list, the absolute
 * reference of its dates, or undefined for an empty list. Queues writes; the caller syncs.
 */
export function writeLists(
  context: Excel.RequestContext,
  state: ListsState,
  lists: readonly NamedList[],
): { refs: (string | undefined)[]; created: boolean } {
  const wanted = lists.filter((l) => l.days.length > 0 || headerColumn(state, l.header) !== undefined);
  if (wanted.length === 0) return { refs: lists.map(() => undefined), created: false };
  let created = false;
  let sheet: Excel.Worksheet;
  if (state.exists) sheet = context.workbook.worksheets.getItem(state.name);
  else {
    sheet = context.workbook.worksheets.add(state.name);
    sheet.visibility = Excel.SheetVisibility.hidden;
    created = true;
  }
  let nextFree = state.grid[0]?.length ?? 0;
  const refs = lists.map((list): string | undefined => {
    let col = headerColumn(state, list.header);
    if (col === undefined) {
      if (list.days.length === 0) return undefined;
      col = nextFree++;
      sheet.getCell(0, col).values = [[safeText(list.header)]];
    }
    const serials = list.days.map(serialOf);
    const old = state.grid.slice(1).map((row) => row[col] ?? "");
    while (old.length > 0 && old[old.length - 1] === "") old.pop();
    const same = old.length === serials.length && old.every((v, i) => v === serials[i]);
    if (!same) {
      const letter = columnLetter(col);
      if (old.length > 0) sheet.getRange(`${letter}2:${letter}${old.length + 1}`).clear("Contents");
      if (serials.length > 0) {
        const range = sheet.getRange(`${letter}2:${letter}${serials.length + 1}`);
        range.values = serials.map((s) => [s]);
        range.numberFormat = serials.map(() => [DATE_FORMAT]);
      }
    }
    if (serials.length === 0) return undefined;
    const letter = columnLetter(col);
    return `${sheetRef(state.name)}!$${letter}$2:$${letter}$${serials.length + 1}`;
  });
  return { refs, created };
}

function headerColumn(state: ListsState, header: string): number | undefined {
  const i = (state.grid[0] ?? []).findIndex((h) => String(h) === header);
  return i >= 0 ? i : undefined;
}
