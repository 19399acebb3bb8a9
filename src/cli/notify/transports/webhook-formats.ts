import { say } from "../../../words/say";
import type { OutgoingMessage } from "../transport";
import { signedDingtalkUrl } from "./dingtalk-sign";
import type { DeliveryKey } from "./failure";

/** The chat or system a webhook posts to, as `--format` names it. */
export type WebhookFormatName = "teams" | "wecom" | "dingtalk" | "slack" | "json";

export const WEBHOOK_FORMATS: readonly WebhookFormatName[] = ["teams", "wecom", "dingtalk", "slack", "json"];

/** True for a `--format` value Procsheet knows. */
export function isWebhookFormat(value: string): value is WebhookFormatName {
  return (WEBHOOK_FORMATS as readonly string[]).includes(value);
}

/** What a group robot's reply (HTTP 200 with `errcode`) said. */
export type RobotReply =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: string; readonly reply: string; readonly busy: boolean }
  | { readonly ok: false; readonly unclear: true };

/** The catalogue's name for a platform ("The WeCom robot"), as failures name it. */
export type ServiceKey = Extract<DeliveryKey, `delivery.service.${string}`>;

/** How one platform wants a message: the request body, the address to post to, how to read its reply. */
export interface WebhookFormat {
  readonly service: ServiceKey;
  body(message: OutgoingMessage): unknown;
  /** The address to post to (DingTalk's signed timestamp is added per request). */
  url(webhook: URL, secret: string | undefined, nowMs: number): URL;
  /** For robots that answer HTTP 200 even when they refuse: their `errcode`. */
  reply?(text: string): RobotReply;
}

const asIs = (webhook: URL): URL => webhook;

/**
 * A Teams Workflows webhook ("When a Teams webhook request is received", then "Post card in a chat or
 * channel"): a message whose one attachment is an Adaptive Card. Workflows take Adaptive Cards only, not
 * the old connectors' MessageCard. The recipient is mentioned by their Teams id (sign-in address).
 */
function teamsCard(message: OutgoingMessage): unknown {
  const mention = message.address ? `<at>${message.to}</at>` : "";
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: message.subject, weight: "Bolder", size: "Medium", wrap: true },
            { type: "TextBlock", text: message.body, wrap: true },
            {
              type: "FactSet",
              facts: [{ title: say("delivery.card.case", {}, message.lang), value: message.caseId }],
            },
            ...(mention ? [{ type: "TextBlock", text: mention, wrap: true }] : []),
          ],
          ...(mention
            ? {
                msteams: {
                  entities: [
                    { type: "mention", text: mention, mentioned: { id: message.address, name: message.to } },
                  ],
                },
              }
            : {}),
        },
      },
    ],
  };
}

// WeCom's markdown content is at most 4096 bytes of UTF-8 (its group robot documentation).
const WECOM_MARKDOWN_BYTES = 4096;

/** Text from a case kept from mentioning people itself: `<@` is WeCom's mention syntax. */
const unmentioned = (text: string): string => text.replace(/<@/g, "< @");

/** WeCom (企业微信) group robot: markdown, the recipient mentioned with `<@userid>` in the content. */
function wecomMarkdown(message: OutgoingMessage): unknown {
  const mention = message.address ? `\n<@${message.address}>` : "";
  const head = `**${unmentioned(message.subject)}**\n`;
  const room = WECOM_MARKDOWN_BYTES - byteLength(head) - byteLength(mention);
  return {
    msgtype: "markdown",
    markdown: { content: `${head}${cutToBytes(unmentioned(message.body), room)}${mention}` },
  };
}

/** DingTalk (钉钉) custom robot: text, the recipient named in the content and in `at.atUserIds`. */
function dingtalkText(message: OutgoingMessage): unknown {
  const mention = message.address ? `\n@${message.address}` : "";
  return {
    msgtype: "text",
    text: { content: `${message.subject}\n${message.body}${mention}` },
    at: { atUserIds: message.address ? [message.address] : [], isAtAll: false },
  };
}

/** Slack incoming webhook: `text` in Slack's mrkdwn, where &, < and > must be escaped. */
function slackText(message: OutgoingMessage): unknown {
  const escape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return { text: `*${escape(message.subject)}*\n${escape(message.body)}` };
}

/** An admin's own system: the message as it is. */
function plainJson(message: OutgoingMessage): unknown {
  const { key, to, address, subject, body, caseId, lang } = message;
  return { key, to, address, subject, body, caseId, lang };
}

/** A robot's `{ errcode, errmsg }`; `busyCodes` are the rate limits worth waiting out. */
function robotReply(busyCodes: readonly number[]): (text: string) => RobotReply {
  return (text) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, unclear: true };
    }
    if (typeof parsed !== "object" || parsed === null || !("errcode" in parsed))
      return { ok: false, unclear: true };
    const code = Number(parsed.errcode);
    if (code === 0) return { ok: true };
    const message = "errmsg" in parsed ? String(parsed.errmsg) : "";
    return { ok: false, code: String(parsed.errcode), reply: message, busy: busyCodes.includes(code) };
  };
}

export const FORMATS: Readonly<Record<WebhookFormatName, WebhookFormat>> = {
  teams: { service: "delivery.service.teams", body: teamsCard, url: asIs },
  // -1: system busy; 45009: more than the robot's 20 messages a minute.
  wecom: {
    service: "delivery.service.wecom",
    body: wecomMarkdown,
    url: asIs,
    reply: robotReply([-1, 45009]),
  },
  // -1: system busy; 130101 and 410100: sending too fast (20 a minute per robot).
  dingtalk: {
    service: "delivery.service.dingtalk",
    body: dingtalkText,
    url: (webhook, secret, nowMs) => (secret ? signedDingtalkUrl(webhook, secret, nowMs) : webhook),
    reply: robotReply([-1, 130101, 410100]),
  },
  slack: { service: "delivery.service.slack", body: slackText, url: asIs },
  json: { service: "delivery.service.json", body: plainJson, url: asIs },
};

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** `text` cut to at most `bytes` bytes of UTF-8, on a character boundary, with an ellipsis when cut. */
export function cutToBytes(text: string, bytes: number): string {
  if (byteLength(text) <= bytes) return text;
  let out = "";
  let used = byteLength("…");
  for (const ch of text) {
    const size = byteLength(ch);
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return `${out}…`;
}
