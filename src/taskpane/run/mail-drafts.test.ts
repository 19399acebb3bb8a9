import type { OutboxRow } from "../../workbook/outbox/outbox-table";
import { kindOf, mailDrafts } from "./mail-drafts";

function row(over: Partial<OutboxRow>): OutboxRow {
  return {
    created: "2026-03-23T09:00:00",
    channel: "email",
    to: "Ann",
    address: "ann@example.com",
    subject: "PR-0001 is overdue",
    body: "Step: Review\nDue: Mar 4",
    caseId: "PR-0001",
    status: "pending",
    attempts: 0,
    key: "PR-0001|review|2026-03-02T09:00:00|overdue||Ann",
    ...over,
  };
}

describe("mail drafts for Email these", () => {
  it("gives one mailto per person with a lone message's subject and body, lines as CRLF", () => {
    const [draft, ...rest] = mailDrafts([row({})], () => "many");
    expect(rest).toEqual([]);
    expect(draft?.url).toBe(
      "mailto:ann@example.com?subject=PR-0001%20is%20overdue&body=Step%3A%20Review%0D%0ADue%3A%20Mar%204",
    );
    expect(draft?.keys).toEqual(["PR-0001|review|2026-03-02T09:00:00|overdue||Ann"]);
  });

  it("puts a person's several pending messages in one draft and leaves sent ones out", () => {
    const drafts = mailDrafts(
      [
        row({}),
        row({ to: "孙丽", address: "", caseId: "PR-0002", subject: "PR-0002 已逾期", key: "k2" }),
        row({ caseId: "PR-0003", subject: "PR-0003 is due", body: "B", key: "k3" }),
        row({ caseId: "PR-0004", status: "sent", key: "k4" }),
      ],
      (n, cases) => `${n} reminders: ${cases.join(", ")}`,
    );
    expect(drafts.map((d) => d.to)).toEqual(["Ann", "孙丽"]);
    const ann = drafts[0];
    expect(ann?.keys).toEqual(["PR-0001|review|2026-03-02T09:00:00|overdue||Ann", "k3"]);
    const url = new URL(ann?.url ?? "");
    expect(url.protocol).toBe("mailto:");
    expect(url.searchParams.get("subject")).toBe("2 reminders: PR-0001, PR-0003");
    expect(url.searchParams.get("body")).toBe(
      "PR-0001 is overdue\r\n\r\nStep: Review\r\nDue: Mar 4\r\n\r\n———\r\n\r\nPR-0003 is due\r\n\r\nB",
    );
    // Nobody's address in People: a draft without one, its subject in the recipient's words.
    expect(drafts[1]?.url).toBe(
      `mailto:?subject=${encodeURIComponent("PR-0002 已逾期")}&body=Step%3A%20Review%0D%0ADue%3A%20Mar%204`,
    );
  });

  it("reads the kind and level from the message's key", () => {
    expect(kindOf(row({}))).toEqual({ kind: "overdue" });
    expect(kindOf(row({ key: "PR-1|pay|2026-03-02T09:00:00|escalation|2|Mia" }))).toEqual({
      kind: "escalation",
      level: 2,
    });
  });
});
