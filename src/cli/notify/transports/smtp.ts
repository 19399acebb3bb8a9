import { createTransport } from "nodemailer";
import type { Lang } from "../../../words/lang";
import type { OutgoingMessage, SendOutcome, Transport } from "../transport";
import { failure } from "./failure";
import { messageIdFor } from "./message-id";
import { smtpFailure } from "./smtp-failure";

/** A mail server as `--smtp` names it, with the sender `--from` gives. */
export interface SmtpServer {
  readonly host: string;
  readonly port: number;
  /** smtps://: TLS from the first byte (port 465); smtp:// upgrades with STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user?: string;
  readonly pass?: string;
  readonly from: string;
  /** The longest wait for connecting, the greeting, and any silence on the connection. */
  readonly timeoutMs: number;
  /** The language of the words a failure leaves on the Outbox row. */
  readonly lang: Lang;
}

/**
 * Email through one mail server: plain-text mail, one connection kept open across messages (nodemailer's
 * pool) until `close`. Each mail's Message-ID comes from the message's key (message-id.ts), and the key
 * itself travels in an `X-Procsheet-Key` header, so a recipient's system can recognise a repeat.
 */
export function smtpTransport(server: SmtpServer): Transport {
  const mailer = createTransport({
    pool: true,
    maxConnections: 1,
    host: server.host,
    port: server.port,
    secure: server.secure,
    ...(server.user !== undefined ? { auth: { user: server.user, pass: server.pass ?? "" } } : {}),
    connectionTimeout: server.timeoutMs,
    greetingTimeout: server.timeoutMs,
    socketTimeout: server.timeoutMs,
    dnsTimeout: server.timeoutMs,
  });
  return {
    channel: "email",
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      if (!message.address.includes("@"))
        return failure("delivery.noEmail", { to: message.to }, false, server.lang);
      try {
        await mailer.sendMail({
          from: server.from,
          to: { name: message.to, address: message.address },
          subject: message.subject,
          text: message.body,
          messageId: messageIdFor(message.key),
          headers: {
            "X-Procsheet-Key": message.key,
            // RFC 3834: an automatic message, so out-of-office replies are not sent back to it.
            "Auto-Submitted": "auto-generated",
          },
        });
        return { ok: true };
      } catch (error) {
        return smtpFailure(error, server, message.address);
      }
    },
    async close(): Promise<void> {
      mailer.close();
    },
  };
}
