import type { ProcessDefinition } from "../../core/definition/types";
import { dueCounts } from "./due-counts";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  reminders: { dueSoonDays: 1 },
  steps: [
    { id: "a", name: "A", owner: "Ann" },
    { id: "b", name: "B", owner: "Ann", reminders: { dueSoonDays: 3 } },
  ],
};

describe("My work's due counts", () => {
  it("counts overdue before today and due soon within the step's working days, skipping the weekend", () => {
    // Friday 2026-03-06: Monday is one working day away, Wednesday three.
    const now = "2026-03-06T09:00:00";
    const counts = dueCounts(
      [
        { step: "a", due: "2026-03-05" }, // overdue
        { step: "a", due: "2026-03-06" }, // today: due soon
        { step: "a", due: "2026-03-09" }, // Monday, 1 working day: due soon
        { step: "a", due: "2026-03-10" }, // 2 working days: not yet
        { step: "b", due: "2026-03-11" }, // 3 working days, the step says 3: due soon
        { step: "b" }, // no due date
      ],
      def,
      now,
    );
    expect(counts).toEqual({ dueSoon: 3, overdue: 1 });
  });
});
