import { compileCalendar, countWorkingDays, isWorkingDay, workday } from "./calendar";
import { dayOf, formatDate, MS_PER_DAY, parseLocal } from "./time/local-time";

const d = (s: string): number => dayOf(parseLocal(s) as number);
const iso = (day: number): string => formatDate(day * MS_PER_DAY);

describe("calendar", () => {
  const plain = compileCalendar({});
  const cn = compileCalendar({
    holidays: ["2026-02-16", "2026-02-17", "2026-02-18"],
    extraWorkdays: ["2026-02-14"],
  });

  it("is Monday to Friday by default", () => {
    expect(
      ["2026-03-02", "2026-03-06", "2026-03-07", "2026-03-08"].map((s) => isWorkingDay(d(s), plain)),
    ).toEqual([true, true, false, false]);
  });

  it("matches Excel's WORKDAY: the start date is not counted, weekends skipped", () => {
    expect(iso(workday(d("2026-03-06"), 1, plain))).toBe("2026-03-09");
    expect(iso(workday(d("2026-03-02"), 5, plain))).toBe("2026-03-09");
    expect(iso(workday(d("2026-03-07"), 1, plain))).toBe("2026-03-09");
  });

  it("gives the start date itself for zero days, and truncates fractions as Excel does", () => {
    expect(iso(workday(d("2026-03-07"), 0, plain))).toBe("2026-03-07");
    expect(iso(workday(d("2026-03-02"), 2.9, plain))).toBe("2026-03-04");
  });

  it("counts backwards for negative days", () => {
    expect(iso(workday(d("2026-03-09"), -1, plain))).toBe("2026-03-06");
  });

  it("skips holidays and counts make-up working days", () => {
    // Fri 13th + 1 → Sat 14th is a make-up day; +2 → Mon 16th..Wed 18th are holidays → Thu 19th.
    expect(iso(workday(d("2026-02-13"), 1, cn))).toBe("2026-02-14");
    expect(iso(workday(d("2026-02-13"), 2, cn))).toBe("2026-02-19");
  });

  it("honours other working weeks (e.g. Monday to Saturday)", () => {
    const sixDays = compileCalendar({ workdays: [1, 2, 3, 4, 5, 6] });
    expect(iso(workday(d("2026-03-06"), 1, sixDays))).toBe("2026-03-07");
  });

  it("counts working dates d with from < d ≤ to, over long spans too", () => {
    expect(countWorkingDays(d("2026-03-06"), d("2026-03-09"), plain)).toBe(1);
    expect(countWorkingDays(d("2026-03-02"), d("2026-03-02"), plain)).toBe(0);
    expect(countWorkingDays(d("2026-02-13"), d("2026-02-20"), cn)).toBe(3);
    expect(countWorkingDays(d("2026-03-09"), d("2026-03-06"), plain)).toBe(-1);
    // 2026 has 261 weekdays; from 2025-12-31 to 2026-12-31 counts all of them.
    expect(countWorkingDays(d("2025-12-31"), d("2026-12-31"), plain)).toBe(261);
  });

  it("agrees with walking day by day", () => {
    for (let start = d("2026-01-25"); start < d("2026-03-01"); start += 3)
      for (let n = 0; n < 20; n++) {
        const end = workday(start, n, cn);
        if (isWorkingDay(end, cn) || n === 0) expect(countWorkingDays(start, end, cn)).toBe(n);
      }
  });

  it("fails loudly instead of looping when a calendar has no working days in reach", () => {
    const never = compileCalendar({
      workdays: [1],
      holidays: Array.from({ length: 2000 }, (_, i) => iso(d("2026-01-05") + 7 * i)),
    });
    expect(() => workday(d("2026-01-01"), 1, never)).toThrow(RangeError);
  });
});
