import type { Lang } from "../../../words/lang";
import { say } from "../../../words/say";
import type { OutgoingMessage, SendOutcome, Transport } from "../transport";
import { failure, oneLine, secondsOf } from "./failure";
import { FORMATS, type WebhookFormatName } from "./webhook-formats";

/** A webhook as `--webhook`, `--format` and `--secret` name it. */
export interface WebhookTarget {
  readonly url: URL;
  readonly format: WebhookFormatName;
  readonly secret?: string;
  /** The longest wait for the whole request: connecting, sending, and reading the answer. */
  readonly timeoutMs: number;
  /** The language of the words a failure leaves on the Outbox row. */
  readonly lang: Lang;
  /** The clock DingTalk's signature is made with (tests pin it). */
  readonly now?: () => number;
}

/**
 * Chat and other webhooks over Node's fetch: one POST of JSON per message, given up after `timeoutMs`.
 * HTTP 2xx is sent (unless a robot's `errcode` says otherwise); 408, 429, 5xx, a timeout or a network
 * failure are tried again on the next run; any other answer is a refusal that would repeat. Errors name
 * the host only: the webhook's address carries its key.
 */
export function webhookTransport(target: WebhookTarget): Transport {
  const format = FORMATS[target.format];
  const lang = target.lang;
  const service = say(format.service, {}, lang);
  const host = target.url.host;
  const now = target.now ?? Date.now;
  return {
    channel: target.format,
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), target.timeoutMs);
      try {
        const response = await fetch(format.url(target.url, target.secret, now()), {
          method: "POST",
          headers: { "content-type": "application/json; charset=utf-8" },
          body: JSON.stringify(format.body(message)),
          // A redirected POST would arrive as a GET somewhere else: an answer to read, not to follow.
          redirect: "manual",
          signal: controller.signal,
        });
        const text = await response.text();
        const reply = oneLine(text) || response.statusText;
        const status = String(response.status);
        if (response.status === 408 || response.status === 429 || response.status >= 500)
          return failure("delivery.httpBusy", { service, status, reply }, true, lang);
        if (response.status < 200 || response.status > 299)
          return failure("delivery.httpRejected", { service, status, reply }, false, lang);
        const robot = format.reply?.(text);
        if (!robot || robot.ok) return { ok: true };
        if ("unclear" in robot) return failure("delivery.robotUnclear", { service, reply }, false, lang);
        const said = { service, code: robot.code, reply: oneLine(robot.reply) };
        return robot.busy
          ? failure("delivery.robotBusy", said, true, lang)
          : failure("delivery.robotRefused", said, false, lang);
      } catch (error) {
        if (controller.signal.aborted)
          return failure(
            "delivery.httpTimeout",
            { service, host, seconds: secondsOf(target.timeoutMs) },
            true,
            lang,
          );
        const cause = causeCode(error);
        if (cause === "ECONNREFUSED") return failure("delivery.httpRefused", { service, host }, true, lang);
        return failure(
          "delivery.httpUnreachable",
          { service, host, detail: cause ?? oneLine(String(error)) },
          true,
          lang,
        );
      } finally {
        clearTimeout(timer);
      }
    },
    async close(): Promise<void> {},
  };
}

/**
 * Node's fetch fails with "fetch failed" and the socket's error (ECONNREFUSED, ENOTFOUND, …) as its cause;
 * trying several addresses of a host gives an AggregateError whose errors carry the codes. Read by shape:
 * the error may come from another realm than this module's Error.
 */
function causeCode(error: unknown): string | undefined {
  const cause = field(error, "cause");
  const code = field(cause, "code") ?? field(field(cause, "errors"), 0, "code");
  return typeof code === "string" ? code : undefined;
}

function field(value: unknown, ...path: Array<string | number>): unknown {
  let at: unknown = value;
  for (const name of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = Reflect.get(at, name);
  }
  return at;
}
