import type { OutboxRow } from "../../workbook/outbox/outbox-table";

/** One mail draft: a person's pending messages in one `mailto:` link. */
export interface MailDraft {
  readonly to: string;
  /** Empty where People gives no email: the draft opens without an address. */
  readonly address: string;
  /** The Outbox keys it holds, for "Mark as sent". */
  readonly keys: readonly string[];
  readonly url: string;
}

/** What a message is, read from its key (`caseId|step|visitStart|kind|level|to`). */
export function kindOf(row: Pick<OutboxRow, "key">): { kind: string; level?: number } {
  const [, , , kind = "", level = ""] = row.key.split("|");
  return level !== "" && Number.isInteger(Number(level)) ? { kind, level: Number(level) } : { kind };
}

// RFC 6068: the address's local part and domain encoded around the "@", line breaks in a body as CRLF.
function mailtoAddress(address: string): string {
  return address.split("@").map(encodeURIComponent).join("@");
}

function mailtoText(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
}

/**
 * The pending messages as mail drafts, one per person in the order they first appear: the subject of a
 * lone message as it is; of several, `many(n, caseIds)`; the body each message's subject and body in turn.
 * @example mailDrafts(rows, (n, ids) => `${n} reminders: ${ids.join(", ")}`)[0].url // "mailto:ann@x.com?subject=…&body=…"
 */
export function mailDrafts(
  rows: readonly OutboxRow[],
  many: (n: number, cases: readonly string[]) => string,
): MailDraft[] {
  const byPerson = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    if (r.status !== "pending") continue;
    const list = byPerson.get(r.to);
    if (list) list.push(r);
    else byPerson.set(r.to, [r]);
  }
  return [...byPerson].map(([to, list]) => {
    const first = list[0] as OutboxRow;
    const address = list.find((r) => r.address !== "")?.address ?? "";
    const subject =
      list.length === 1 ? first.subject : many(list.length, [...new Set(list.map((r) => r.caseId))]);
    const body =
      list.length === 1 ? first.body : list.map((r) => `${r.subject}\n\n${r.body}`).join("\n\n———\n\n");
    return {
      to,
      address,
      keys: list.map((r) => r.key),
      url: `mailto:${mailtoAddress(address)}?subject=${mailtoText(subject)}&body=${mailtoText(body)}`,
    };
  });
}
