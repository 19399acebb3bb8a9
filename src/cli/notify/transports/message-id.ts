import { createHash } from "node:crypto";

/**
 * The Message-ID of the mail that carries a message: built from the message's stable key only, so a
 * repeat of the same message (a crash between sending and marking the Outbox row) has the same
 * Message-ID and a mail system or a person can tell it is the same mail.
 * @example messageIdFor("PR-7|review|1|overdue||Mei") === "<3f2a…@procsheet>"
 */
export function messageIdFor(key: string): string {
  return `<${createHash("sha256").update(key, "utf8").digest("hex")}@procsheet>`;
}
