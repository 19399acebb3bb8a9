import { loadFixture } from "../../../test/fixtures/load-fixture";
import { dueReminders } from "../../core/reminders/due-reminders";
import { outboxRowsFor } from "./outbox-message";
import { afterAttempt, isDue, MAX_ATTEMPTS, nextTry } from "./outbox-retry";
import {
  decodeOutboxRow,
  encodeOutboxRow,
  mapOutboxColumns,
  outboxCellsFor,
  outboxHeaders,
} from "./outbox-table";

const process = loadFixture("remind");
const rows = [
  {
    id: "PR-0001",
    step: "review",
    status: "todo",
    owner: "Ann",
    stepStarted: "2026-03-02T09:00:00",
    due: "2026-03-04",
    requester: "Zed",
  },
];
const people = [
  { name: "Ann", manager: "Mia", email: "ann@example.com" },
  { name: "Mia", email: "mia@example.com", lang: "zh-CN" as const },
];

describe("the Outbox (docs/notifications.md)", () => {
  const { messages } = dueReminders({ process, rows, history: [], people, now: "2026-03-06T09:00:00" });
  const outbox = outboxRowsFor({
    process,
    messages,
    rows,
    people,
    lang: "en",
    channel: "email",
    now: "2026-03-06T09:00:00",
  });

  it("words each message in its recipient's language, addressed for the channel", () => {
    expect(outbox.map((r) => [r.to, r.address, r.subject])).toEqual([
      ["Ann", "ann@example.com", "PR-0001 is overdue: Purchase with reminders, due Mar 4, 2026"],
      ["Mia", "mia@example.com", "PR-0001 已逾期 2 个工作日：带提醒的采购，负责人 Ann"],
    ]);
    expect(outbox[0]?.body).toBe(
      [
        "Step: Review · Owner: Ann",
        "Due: Mar 4, 2026",
        "",
        "It is past its due date: please finish it, or set its status so others know where it stands.",
        "",
        "Sent by Procsheet from the register's reminders. Message key: PR-0001|review|2026-03-02T09:00:00|overdue||Ann",
      ].join("\n"),
    );
    expect(outbox[1]?.body).toContain("截止日期：2026年3月4日");
  });

  it.each(["en", "zh-CN"] as const)("encodes rows headed in %s and decodes them back exactly", (lang) => {
    const columns = mapOutboxColumns(outboxHeaders(lang));
    expect(columns.lang).toBe(lang);
    const failed = afterAttempt(
      outbox[0]!,
      { ok: false, error: "550 no such user", retry: true },
      "2026-03-06T09:00:00",
    );
    for (const row of [outbox[0]!, failed]) {
      const cells = outboxCellsFor(columns, encodeOutboxRow(row, lang)).map((c) => c.value);
      expect(decodeOutboxRow(columns, cells)).toEqual(row);
    }
  });

  it("tries again after 5 minutes × 2^(attempts − 1), at most a day, and gives up after 8 attempts", () => {
    expect([1, 2, 3, 9, 10].map((n) => nextTry("2026-03-09T08:00:00", n))).toEqual([
      "2026-03-09T08:05:00",
      "2026-03-09T08:10:00",
      "2026-03-09T08:20:00",
      "2026-03-10T05:20:00",
      "2026-03-10T08:00:00",
    ]);
    let row = outbox[0]!;
    for (let i = 0; i < MAX_ATTEMPTS; i++)
      row = afterAttempt(row, { ok: false, error: "timeout", retry: true }, "2026-03-09T08:00:00");
    expect(row).toMatchObject({ status: "failed", attempts: 8, lastError: "timeout" });
    expect(isDue(row, "2026-03-20T00:00:00")).toBe(false);
    const once = afterAttempt(
      outbox[0]!,
      { ok: false, error: "bad address", retry: false },
      "2026-03-09T08:00:00",
    );
    expect(once).toMatchObject({ status: "failed", attempts: 1 });
    const waiting = afterAttempt(outbox[0]!, { ok: false, error: "503", retry: true }, "2026-03-09T08:00:00");
    expect([isDue(waiting, "2026-03-09T08:04:59"), isDue(waiting, "2026-03-09T08:05:00")]).toEqual([
      false,
      true,
    ]);
    expect(afterAttempt(waiting, { ok: true }, "2026-03-09T08:05:00")).toEqual({
      ...outbox[0],
      status: "sent",
      attempts: 2,
    });
  });
});
