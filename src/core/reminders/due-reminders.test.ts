import cases from "../../../test/golden/reminders.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import type { RuleRow } from "../definition/types";
import type { Person } from "../people/person";
import type { ProcessEvent } from "../sync/events";
import { dueReminders } from "./due-reminders";

interface ReminderCase {
  name: string;
  process: string;
  now: string;
  people?: Person[];
  peopleAway?: Record<string, string>;
  rows: Record<string, string>[];
  history?: ProcessEvent[];
  expect: {
    messages: { caseId: string; step: string; kind: string; level?: number; to: string }[];
    events?: ProcessEvent[];
    changes?: { index: number; caseId: string; owner: string }[];
    problems?: Record<string, string | number>[];
  };
}

function peopleOf(c: ReminderCase): Person[] {
  const away = c.peopleAway ?? {};
  return (c.people ?? []).map((p) => (away[p.name] ? { ...p, awayUntil: away[p.name] as string } : p));
}

describe("reminder golden cases (docs/specification.md §8)", () => {
  it.each((cases.cases as ReminderCase[]).map((c) => [c.name, c]))("%s", (_name, c) => {
    const process = loadFixture(c.process);
    const rows = c.rows as RuleRow[];
    const people = peopleOf(c);
    const history = c.history ?? [];
    const r = dueReminders({ process, rows, history, people, now: c.now });
    expect(
      r.messages.map((m) => ({
        caseId: m.caseId,
        step: m.step,
        kind: m.kind,
        ...(m.level !== undefined ? { level: m.level } : {}),
        to: m.to,
      })),
    ).toEqual(c.expect.messages);
    if (c.expect.events) expect(r.events).toEqual(c.expect.events);
    expect(r.changes).toEqual(c.expect.changes ?? []);
    expect(r.problems).toEqual(c.expect.problems ?? []);
    // Every message is recorded: the same moment again, and a later one, produce nothing more.
    const after = rows.map((row, i) => {
      const change = r.changes.find((x) => x.index === i);
      return change ? { ...row, owner: change.owner } : row;
    });
    const again = dueReminders({
      process,
      rows: after,
      history: [...history, ...r.events],
      people,
      now: c.now,
    });
    expect(again.messages).toEqual([]);
  });

  it("gives every message a stable key: case, step, visit start, kind, level and recipient", () => {
    const process = loadFixture("remind");
    const row: RuleRow = {
      id: "PR-0009",
      step: "review",
      status: "todo",
      owner: "Ann",
      stepStarted: "2026-03-02T09:00:00",
      due: "2026-03-04",
    };
    const people: Person[] = [{ name: "Ann", manager: "Mia" }];
    const r = dueReminders({ process, rows: [row], history: [], people, now: "2026-03-06T09:00:00" });
    expect(r.messages.map((m) => m.key)).toEqual([
      "PR-0009|review|2026-03-02T09:00:00|overdue||Ann",
      "PR-0009|review|2026-03-02T09:00:00|escalation|1|Mia",
    ]);
    expect(
      dueReminders({ process, rows: [row], history: [], people, now: "2026-03-06T17:00:00" }).messages.map(
        (m) => m.key,
      ),
    ).toEqual(r.messages.map((m) => m.key));
  });

  it("produces nothing for a process without reminders", () => {
    const process = loadFixture("mini");
    const row: RuleRow = { id: "PR-0001", step: "review", status: "todo", owner: "Ann", due: "2026-01-01" };
    expect(dueReminders({ process, rows: [row], history: [], now: "2026-03-06T09:00:00" }).messages).toEqual(
      [],
    );
  });
});
