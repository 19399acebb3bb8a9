/**
 * How a message leaves Procsheet for the outside world (docs/notifications.md): one Outbox row's content
 * handed to one channel. `procsheet notify` produces what is due, then sends pending Outbox rows through
 * the Transport its options name and marks each row with the outcome.
 */
import type { Lang } from "../../words/lang";

/** One message as it leaves Procsheet: the content of one Outbox row. */
export interface OutgoingMessage {
  /**
   * The message's stable key (case, step visit, kind, level, recipient): the same message always has the
   * same key, so a recipient's system can tell a repeat (an email's Message-ID is built from it).
   */
  readonly key: string;
  /** The recipient as the workbook names them (People's name). */
  readonly to: string;
  /** Where it goes: an email address, or the recipient's chat id ('' where a group robot posts for all). */
  readonly address: string;
  readonly subject: string;
  /** Plain text, in the recipient's language. */
  readonly body: string;
  readonly caseId: string;
  readonly lang: Lang;
}

/** What one attempt gave: sent, or an error to keep on the Outbox row and whether trying again may help. */
export type SendOutcome =
  { readonly ok: true } | { readonly ok: false; readonly error: string; readonly retry: boolean };

export type Channel = "email" | "teams" | "wecom" | "dingtalk" | "slack" | "json";

/** One channel. `send` never throws: every failure is an outcome. */
export interface Transport {
  readonly channel: Channel;
  send(message: OutgoingMessage): Promise<SendOutcome>;
  /** Ends connections the transport keeps (an SMTP pool). */
  close(): Promise<void>;
}
