import { loadFixture } from "../../../test/fixtures/load-fixture";
import type { ProcessEvent } from "../../core/sync/events";
import { HISTORY_KEYS, historyHeaders, historyUpgrade, mapHistoryColumns } from "./history-columns";
import { historyCells, historyRowFor } from "./history-row";
import { historyEvents } from "./read-history";

const REMINDED: ProcessEvent[] = [
  {
    caseId: "PR-0001",
    at: "2026-03-09T08:00:00",
    type: "reminded",
    step: "review",
    status: "todo",
    owner: "Ann",
    reminder: "overdue",
    recipient: "Ann",
  },
  {
    caseId: "PR-0001",
    at: "2026-03-09T08:00:00",
    type: "reminded",
    step: "review",
    status: "todo",
    owner: "Ann",
    reminder: "escalation",
    level: 2,
    recipient: "米娅",
  },
];

describe("reminders in History (docs/specification.md §8.3)", () => {
  const process = loadFixture("remind");

  it.each(["en", "zh-CN", "keys"] as const)(
    "adds the Reminder, Level and Recipient columns to a History in %s and reads the events back exactly",
    (wording) => {
      const headers = wording === "keys" ? [...HISTORY_KEYS] : historyHeaders(wording);
      const upgrade = historyUpgrade(mapHistoryColumns(headers), headers.length, REMINDED);
      expect(upgrade.add.map((a) => a.header)).toEqual(
        wording === "en"
          ? ["Reminder", "Level", "Recipient"]
          : wording === "zh-CN"
            ? ["提醒", "级别", "接收人"]
            : ["reminder", "level", "recipient"],
      );
      const columns = mapHistoryColumns([...headers, ...upgrade.add.map((a) => a.header)]);
      const rows = REMINDED.map((e) =>
        historyRowFor(columns, upgrade.width, historyCells(process, e, 1, wording)).map((c) => c.value),
      );
      if (wording === "zh-CN") expect(rows[1]).toContain("升级");
      expect(historyEvents(process, columns, rows)).toEqual(REMINDED.map((e) => ({ ...e, version: 1 })));
    },
  );

  it("leaves a History without reminders as it is", () => {
    const headers = historyHeaders("en");
    const events: ProcessEvent[] = [
      { caseId: "PR-0001", at: "2026-03-09T08:00:00", type: "created", step: "request", status: "todo" },
    ];
    expect(historyUpgrade(mapHistoryColumns(headers), headers.length, events).add).toEqual([]);
  });
});
