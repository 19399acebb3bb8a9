import type { ProcessDefinition } from "../../core/definition/types";
import { parseDateList, readDate, setDates, setWorkday } from "./calendar-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  steps: [{ id: "a", name: "A", owner: "x" }],
};

describe("calendar edits", () => {
  it("reads the dates people type and Excel pastes", () => {
    expect(readDate("2026-10-01")).toBe("2026-10-01");
    expect(readDate("2026/10/1")).toBe("2026-10-01");
    expect(readDate("2026.1.2")).toBe("2026-01-02");
    expect(readDate("2026年10月1日")).toBe("2026-10-01");
    expect(readDate("10/1/2026")).toBe("2026-10-01");
    expect(readDate("46296")).toBe("2026-10-01");
    expect(readDate("2026-02-30")).toBeUndefined();
    expect(readDate("National Day")).toBeUndefined();
  });

  it("reads a pasted list, one date a line, from the first date-looking cell; says which lines are not dates", () => {
    const pasted = "2026/10/1\t国庆节\n2026/10/2\t国庆节\r\n\nHoliday\t2026-10-03\n2026-10-01\nsoon";
    expect(parseDateList(pasted)).toEqual({
      dates: ["2026-10-01", "2026-10-02", "2026-10-03"],
      unread: ["soon"],
    });
  });

  it("keeps the working week, holidays and make-up days, and writes nothing for the defaults", () => {
    const sat = setWorkday(def, 6, true);
    expect(sat.calendar).toEqual({ workdays: [1, 2, 3, 4, 5, 6] });
    expect(setWorkday(sat, 6, false).calendar).toBeUndefined();
    const onlyMonday = { ...def, calendar: { workdays: [1] } };
    expect(setWorkday(onlyMonday, 1, false)).toBe(onlyMonday);
    const h = setDates(def, "holidays", ["2026-10-01"]);
    expect(h.calendar).toEqual({ holidays: ["2026-10-01"] });
    expect(setDates(setDates(h, "extraWorkdays", ["2026-10-10"]), "holidays", []).calendar).toEqual({
      extraWorkdays: ["2026-10-10"],
    });
  });
});
