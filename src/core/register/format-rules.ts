import type { Calendar } from "../calendar";
import type { Lang } from "../../words/lang";
import { STATUSES, statusSpellings, type Status } from "./status";
import { DUE_SOON_STYLE, OVERDUE_STYLE, STATUS_STYLES, type StatusStyle } from "./status-style";
import { isoWeekday, type DayNumber } from "../time/local-time";

/**
 * The conditional-format rules Procsheet puts on a register, as plain data (no Office.js), so the formulas
 * can be read and tested on their own. formats.ts turns them into Excel conditional formats.
 *
 * Every rule is a custom formula (https://learn.microsoft.com/javascript/api/excel/excel.customconditionalformat,
 * ExcelApi 1.6), written for the top-left cell of the range it covers: relative rows move with each cell,
 * `$` columns stay on the column they test
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting#custom-conditional-format).
 * Why custom formulas rather than cellValue or containsText rules: a status has two labels (en, zh-CN)
 * and a canonical word, and one `OR` covers them in one rule per status, with TRIM for stray spaces;
 * `containsText` would match "Not done" as Done; `cellValue` needs one rule per spelling. Excel compares
 * text case-insensitively in formulas, so "done" matches "Done".
 *
 * Each formula starts with `N("Procsheet <process> <rule>")`: N() of text is 0, so the term changes
 * nothing, but the text marks the rule as Procsheet's own (and names it in Excel's Rules Manager). Re-apply
 * deletes exactly the marked rules of this process and leaves every other rule as the person made it.
 */

/**
 * A text as an Excel string constant: quotes doubled, the only escape a formula string knows. Every text
 * Procsheet puts into a rule formula goes through here (docs/reliability.md §1.7: escape conditional-format
 * rule text too), so a label or process id can never end the string and inject formula text.
 * @example excelString('say "hi"') === '"say ""hi"""'
 */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A sheet name as Excel writes it in a reference: always quoted, apostrophes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

const MARK = "Procsheet";

/** The marker text of one rule of one process. */
export function markerText(processId: string, rule: string): string {
  return `${MARK} ${processId} ${rule}`;
}

/**
 * Whether a custom rule's formula (as Excel gives it back) is one of this process's rules. Excel keeps
 * string constants as written, so the marker survives a read-back; quotes inside it come back doubled.
 */
export function isOwnFormula(formula: string, processId: string): boolean {
  const open = excelString(`${MARK} ${processId} `).slice(0, -1);
  return formula.toUpperCase().includes(`N(${open.toUpperCase()}`);
}

function marker(processId: string, rule: string): string {
  return `N(${excelString(markerText(processId, rule))})`;
}

function isAny(cell: string, statuses: readonly Status[]): string {
  const tests = statuses.flatMap(statusSpellings).map((s) => `TRIM(${cell})=${excelString(s)}`);
  return `OR(${tests.join(",")})`;
}

/**
 * The weekly pattern as WORKDAY.INTL's weekend string: seven characters Monday to Sunday, "1" for a day off
 * (https://support.microsoft.com/office/networkdays-intl-function-a9b26239-4f20-46a1-9ab8-4e925bfd5e28).
 * A calendar without working days cannot be expressed (Excel refuses "1111111"): undefined.
 */
export function weekendMask(workdays: ReadonlySet<number>): string | undefined {
  let mask = "";
  for (let d = 1; d <= 7; d++) mask += workdays.has(d) ? "0" : "1";
  return mask === "1111111" ? undefined : mask;
}

/**
 * The calendar's exceptions as the two lists the due-soon formula needs, mirroring core/calendar.ts
 * `countWorkingDays`: holidays that fall on a weekly working day and are not make-up days (only those
 * remove a day), and make-up days that fall on a weekly day off (only those add one).
 */
export function calendarLists(cal: Calendar): { holidays: DayNumber[]; extraWorkdays: DayNumber[] } {
  const holidays = [...cal.holidays]
    .filter((d) => cal.workdays.has(isoWeekday(d)) && !cal.extraWorkdays.has(d))
    .sort((a, b) => a - b);
  const extraWorkdays = [...cal.extraWorkdays]
    .filter((d) => !cal.workdays.has(isoWeekday(d)))
    .sort((a, b) => a - b);
  return { holidays, extraWorkdays };
}

/** Where the register's columns are, as A1 letters, and what the formulas may reference. */
export interface RuleLayout {
  readonly processId: string;
  /** 1-based sheet row of the first body row (the formulas are written for it). */
  readonly firstRow: number;
  readonly status?: string;
  readonly due?: string;
  readonly closed?: string;
  /** WORKDAY.INTL weekend string of the process calendar. */
  readonly weekendMask: string;
  /** Absolute references (`'Procsheet lists'!$A$2:$A$9`) to the calendar's lists, when it has any. */
  readonly holidaysRef?: string;
  readonly extraWorkdaysRef?: string;
}

export type RuleTarget = "status" | "row";

export interface RuleSpec {
  /** Stable name inside the marker: `status:done`, `overdue`, `due-soon`. */
  readonly name: string;
  readonly target: RuleTarget;
  readonly formula: string;
  readonly style: StatusStyle;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/**
 * The rules in the order they must end up, highest priority first: each status colour (on the Status
 * cell, so the status colour wins there), then overdue and due soon over the whole row. Overdue is bold
 * and due soon italic, so neither relies on colour alone (docs/reliability.md §6; high-contrast themes drop
 * the fills, not the font style).
 */
export function ruleSpecs(layout: RuleLayout): RuleSpec[] {
  const specs: RuleSpec[] = [];
  if (!layout.status) return specs;
  const s = `$${layout.status}${layout.firstRow}`;
  for (const status of STATUSES)
    specs.push({
      name: `status:${status}`,
      target: "status",
      formula: `=${marker(layout.processId, `status:${status}`)}+${isAny(s, [status])}`,
      style: STATUS_STYLES[status],
    });
  if (!layout.due) return specs;
  const d = `$${layout.due}${layout.firstRow}`;
  // Open as the engine counts it (docs/semantics.md, least-busy): not done or cancelled, Closed empty.
  const open = [`NOT(${isAny(s, ["done", "cancelled"])})`];
  if (layout.closed) open.push(`$${layout.closed}${layout.firstRow}=""`);
  const day = `INT(${d})`;
  // AND evaluates every argument, so the ISNUMBER guard sits in an IF: text in Due is never an error.
  specs.push({
    name: "overdue",
    target: "row",
    formula: `=${marker(layout.processId, "overdue")}+IF(ISNUMBER(${d}),AND(${day}<TODAY(),${open.join(",")}),FALSE)`,
    style: OVERDUE_STYLE,
    bold: true,
  });
  // Working days d with today < d ≤ due, as core/calendar.ts countWorkingDays counts them: NETWORKDAYS.INTL
  // over (today, due] minus holidays, plus make-up days from the list (Excel 2010+, so present at 1.7).
  let working = `NETWORKDAYS.INTL(TODAY()+1,${day},${excelString(layout.weekendMask)}${
    layout.holidaysRef ? `,${layout.holidaysRef}` : ""
  })`;
  if (layout.extraWorkdaysRef)
    working += `+COUNTIFS(${layout.extraWorkdaysRef},">"&TODAY(),${layout.extraWorkdaysRef},"<="&${day})`;
  specs.push({
    name: "due-soon",
    target: "row",
    formula: `=${marker(layout.processId, "due-soon")}+IF(ISNUMBER(${d}),AND(${day}>=TODAY(),${working}<=2,${open.join(",")}),FALSE)`,
    style: DUE_SOON_STYLE,
    italic: true,
  });
  return specs;
}

/** Header of the age column in each language; found again by either. */
export const AGE_HEADERS: Readonly<Record<Lang, string>> = { en: "Days in step", "zh-CN": "本步骤天数" };

/**
 * The age cell's formula for one row: whole calendar days since the step started (docs/specification.md §4
 * defines age as now − stepStarted in days), blank while the step has not started.
 */
export function ageFormula(stepStartedColumn: string, row: number): string {
  const c = `$${stepStartedColumn}${row}`;
  return `=IF(ISNUMBER(${c}),MAX(0,TODAY()-INT(${c})),"")`;
}
