import { procsheetError } from "../../../core/error";
import { fail, ok, type Result } from "../../../core/result";
import type { Lang } from "../../../words/lang";
import type { Transport } from "../transport";
import { smtpTransport, type SmtpServer } from "./smtp";
import { isWebhookFormat, type WebhookFormatName } from "./webhook-formats";
import { webhookTransport } from "./webhook";

export { isWebhookFormat, WEBHOOK_FORMATS, type WebhookFormatName } from "./webhook-formats";
export { messageIdFor } from "./message-id";

/** How `procsheet notify` was told to deliver: its --smtp/--from or --webhook/--format/--secret options. */
export interface DeliveryOptions {
  readonly smtp?: string;
  readonly from?: string;
  readonly webhook?: string;
  readonly format?: WebhookFormatName;
  readonly secret?: string;
  /** The longest wait for a server, per message (default 15 s). */
  readonly timeoutMs?: number;
  /** The language a failed send is described in on the Outbox row (default English). */
  readonly lang?: Lang;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The channel `procsheet notify` sends through, from its options: email through a mail server, or a
 * webhook (Teams workflow, WeCom or DingTalk robot, Slack, or JSON for an admin's own system). Options
 * that cannot work are an error before anything is sent; an address shown in one hides its password.
 * @example transportFrom({ smtp: "smtp://mei:pw@mail.example.com:587", from: "procsheet@example.com" })
 */
export function transportFrom(options: DeliveryOptions): Result<Transport> {
  const lang = options.lang ?? "en";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    return fail(procsheetError("DATA", "delivery.timeoutInvalid", { value: String(timeoutMs) }));
  if (options.smtp !== undefined && options.webhook !== undefined)
    return fail(procsheetError("DATA", "delivery.twoChannels", {}));
  if (options.smtp !== undefined) {
    if (options.secret !== undefined) return fail(procsheetError("DATA", "delivery.secretNotDingtalk", {}));
    const server = smtpServer(options.smtp, options.from, timeoutMs, lang);
    return server.ok ? ok(smtpTransport(server.value)) : server;
  }
  if (options.webhook !== undefined) {
    const url = webAddress(options.webhook);
    if (!url)
      return fail(
        procsheetError("DATA", "delivery.webhookAddress", { value: hidePassword(options.webhook) }),
      );
    const format: string | undefined = options.format;
    if (format === undefined) return fail(procsheetError("DATA", "delivery.formatMissing", {}));
    if (!isWebhookFormat(format))
      return fail(procsheetError("DATA", "delivery.formatUnknown", { value: format }));
    if (options.secret !== undefined && format !== "dingtalk")
      return fail(procsheetError("DATA", "delivery.secretNotDingtalk", {}));
    return ok(
      webhookTransport({
        url,
        format,
        timeoutMs,
        lang,
        ...(options.secret !== undefined ? { secret: options.secret } : {}),
      }),
    );
  }
  return fail(procsheetError("DATA", "delivery.noChannel", {}));
}

function smtpServer(
  text: string,
  from: string | undefined,
  timeoutMs: number,
  lang: Lang,
): Result<SmtpServer> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(procsheetError("DATA", "delivery.smtpAddress", { value: hidePassword(text) }));
  }
  if ((url.protocol !== "smtp:" && url.protocol !== "smtps:") || url.hostname === "")
    return fail(procsheetError("DATA", "delivery.smtpAddress", { value: hidePassword(text) }));
  if (from === undefined || from.trim() === "")
    return fail(procsheetError("DATA", "delivery.fromMissing", {}));
  if (!isMailbox(from)) return fail(procsheetError("DATA", "delivery.fromInvalid", { value: from }));
  const secure = url.protocol === "smtps:";
  // Submission ports: 465 for TLS from the start, 587 for STARTTLS (RFC 8314).
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  return ok({
    // An IPv6 host comes bracketed in a URL; sockets want it bare.
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    secure,
    ...(url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : {}),
    from: from.trim(),
    timeoutMs,
    lang,
  });
}

function webAddress(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** `a@b.c`, or `Name <a@b.c>` as mail programs write a sender. */
function isMailbox(text: string): boolean {
  const address = /<([^<>]+)>\s*$/.exec(text)?.[1] ?? text.trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address);
}

/** An address as an error may show it: the password between `:` and `@` replaced by `***`. */
function hidePassword(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@/\s]*@/i, "$1:***@");
}
