import { isoWeekLabel } from "./iso-week";
import { dayOf, formatDateTime, fromExcelSerial, isoWeekday, parseLocal, toExcelSerial } from "./local-time";

describe("local time", () => {
  it("parses ISO dates and date-times without any time zone", () => {
    expect(parseLocal("2026-03-02")).toBe(Date.UTC(2026, 2, 2));
    expect(parseLocal("2026-03-02T09:30")).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(parseLocal("2026-03-02 09:30:15")).toBe(Date.UTC(2026, 2, 2, 9, 30, 15));
  });

  it("rejects dates that do not exist and text that is not a date", () => {
    expect(parseLocal("2026-02-30")).toBeUndefined();
    expect(parseLocal("2026-03-02T24:00")).toBeUndefined();
    expect(parseLocal("next Tuesday")).toBeUndefined();
    expect(parseLocal("2026-03-02T09:00:00Z")).toBeUndefined();
  });

  it("round-trips Excel serial numbers (1900 system)", () => {
    expect(toExcelSerial(Date.UTC(2026, 0, 1, 12))).toBe(46023.5);
    expect(fromExcelSerial(46023.5)).toBe(Date.UTC(2026, 0, 1, 12));
    expect(formatDateTime(fromExcelSerial(45000.75) as number)).toBe("2023-03-15T18:00:00");
    expect(fromExcelSerial(60)).toBeUndefined();
  });

  it("names ISO weekdays and weeks (the week belongs to the year of its Thursday)", () => {
    expect(isoWeekday(dayOf(Date.UTC(2026, 2, 2)))).toBe(1);
    expect(isoWeekLabel(dayOf(Date.UTC(2026, 0, 1)))).toBe("2026-W01");
    expect(isoWeekLabel(dayOf(Date.UTC(2027, 0, 1)))).toBe("2026-W53");
    expect(isoWeekLabel(dayOf(Date.UTC(2026, 1, 12)))).toBe("2026-W07");
    expect(isoWeekLabel(dayOf(Date.UTC(2025, 11, 29)))).toBe("2026-W01");
  });
});
