import { columnLetter } from "./columns";
import { statusSpellings } from "./status";
import { compileCalendar, countWorkingDays } from "../calendar";
import { dayOf, parseLocal } from "../time/local-time";
import {
  ageFormula,
  calendarLists,
  excelString,
  isOwnFormula,
  markerText,
  ruleSpecs,
  sheetRef,
  weekendMask,
} from "./format-rules";

const CUSTOM = "https://learn.microsoft.com/javascript/api/excel/excel.customconditionalformat";
const NETWORKDAYS_INTL =
  "https://support.microsoft.com/office/networkdays-intl-function-a9b26239-4f20-46a1-9ab8-4e925bfd5e28";

const day = (iso: string): number => dayOf(parseLocal(iso) ?? Number.NaN);

describe("rule formulas (pure)", () => {
  it(`escapes every text put into a formula: quotes doubled, never an open string (${CUSTOM})`, () => {
    expect(excelString('a "b" c')).toBe('"a ""b"" c"');
    expect(sheetRef("O'Brien's")).toBe("'O''Brien''s'");
    const specs = ruleSpecs({
      processId: 'x")+1+("',
      firstRow: 2,
      status: "C",
      due: "E",
      weekendMask: "0000011",
    });
    for (const s of specs) {
      // Outside string constants no quote is left over: the quotes pair up.
      expect((s.formula.match(/"/g) ?? []).length % 2).toBe(0);
      expect(s.formula).toContain('N("Procsheet x"")+1+("" ');
      expect(isOwnFormula(s.formula, 'x")+1+("')).toBe(true);
    }
  });

  it(`recognises only this process's marked rules (${CUSTOM})`, () => {
    const [first] = ruleSpecs({ processId: "procurement", firstRow: 2, status: "C", weekendMask: "0000011" });
    expect(first?.formula.startsWith(`=N(${excelString(markerText("procurement", "status:todo"))})+`)).toBe(
      true,
    );
    expect(isOwnFormula(first?.formula ?? "", "procurement")).toBe(true);
    expect(isOwnFormula(first?.formula ?? "", "proc")).toBe(false);
    expect(isOwnFormula('=$C2="Procsheet procurement"', "procurement")).toBe(false);
    // Excel may give function names back in another case; the marker still counts.
    expect(isOwnFormula((first?.formula ?? "").replace("N(", "n("), "procurement")).toBe(true);
  });

  it(`writes each formula for the first body row with $ columns, so it moves down the rows only (${CUSTOM})`, () => {
    const specs = ruleSpecs({
      processId: "p",
      firstRow: 5,
      status: "D",
      due: "F",
      closed: "I",
      weekendMask: "0000011",
      holidaysRef: "'Procsheet lists'!$A$2:$A$4",
      extraWorkdaysRef: "'Procsheet lists'!$B$2:$B$3",
    });
    expect(specs.map((s) => s.name)).toEqual([
      "status:todo",
      "status:doing",
      "status:waiting",
      "status:blocked",
      "status:done",
      "status:cancelled",
      "overdue",
      "due-soon",
    ]);
    const soon = specs.find((s) => s.name === "due-soon")?.formula ?? "";
    expect(soon).toContain("$F5");
    expect(soon).toContain('$I5=""');
    expect(soon).toContain(`NETWORKDAYS.INTL(TODAY()+1,INT($F5),"0000011",'Procsheet lists'!$A$2:$A$4)`);
    expect(soon).toContain(`COUNTIFS('Procsheet lists'!$B$2:$B$3,">"&TODAY()`);
    expect(specs.every((s) => !/[^$]\b[A-Z]+\d/.test(s.formula.replace(/"[^"]*"/g, "")))).toBe(true);
    expect(ageFormula("G", 5)).toBe('=IF(ISNUMBER($G5),MAX(0,TODAY()-INT($G5)),"")');
  });

  it("matches a status by every spelling the engine reads, each once (labels first)", () => {
    expect(statusSpellings("todo")).toEqual(["To do", "待办", "todo", "to-do", "open"]);
    expect(statusSpellings("done")).toEqual(["Done", "完成", "complete", "completed", "已完成"]);
  });

  it(`turns the weekly pattern into WORKDAY.INTL's weekend string (${NETWORKDAYS_INTL})`, () => {
    expect(weekendMask(new Set([1, 2, 3, 4, 5]))).toBe("0000011");
    expect(weekendMask(new Set([7, 1, 2, 3, 4]))).toBe("0000110");
    expect(weekendMask(new Set([1, 2, 3, 4, 5, 6, 7]))).toBe("0000000");
    expect(weekendMask(new Set())).toBeUndefined();
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(27)).toBe("AB");
  });

  it("keeps only the calendar exceptions that change a count, as countWorkingDays does", () => {
    const cal = compileCalendar({
      holidays: ["2026-05-01", "2026-05-02", "2026-05-04", "2026-05-09"],
      extraWorkdays: ["2026-05-09", "2026-05-11"],
    });
    const lists = calendarLists(cal);
    // 2 May is a Saturday (no day to remove); 9 May is a make-up Saturday (extra wins over holiday);
    // 11 May is a Monday anyway (nothing to add).
    expect(lists.holidays).toEqual([day("2026-05-01"), day("2026-05-04")]);
    expect(lists.extraWorkdays).toEqual([day("2026-05-09")]);
    // NETWORKDAYS.INTL over (from, to] minus listed holidays plus listed make-up days = countWorkingDays.
    const from = day("2026-04-28");
    for (let to = from; to < from + 20; to++) {
      let n = 0;
      for (let d = from + 1; d <= to; d++) {
        const weekday = ((((d + 3) % 7) + 7) % 7) + 1;
        if ((cal.workdays.has(weekday) && !lists.holidays.includes(d)) || lists.extraWorkdays.includes(d))
          n++;
      }
      expect(n).toBe(countWorkingDays(from, to, cal));
    }
  });
});
