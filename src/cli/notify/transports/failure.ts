import "../../../words/cli-notify-delivery";
import type { Catalogue } from "../../../words/catalogue";
import type { CLI_NOTIFY_DELIVERY } from "../../../words/cli-notify-delivery";
import type { Lang } from "../../../words/lang";
import type { ParamsOf } from "../../../words/params";
import { say } from "../../../words/say";
import type { SendOutcome } from "../transport";

/** The catalogue's keys for delivery (src/words/cli-notify-delivery.ts). */
export type DeliveryKey = keyof typeof CLI_NOTIFY_DELIVERY & string;

/**
 * A failed attempt as the Outbox row keeps it: the catalogue's words in the workbook's language, and
 * whether the next run should try again (a busy or unreachable server) or not (a refusal that repeats).
 */
export function failure<K extends DeliveryKey>(
  key: K,
  params: ParamsOf<Catalogue[K]["en"]>,
  retry: boolean,
  lang: Lang,
): SendOutcome {
  return { ok: false, error: say(key, params, lang), retry };
}

// A server's reply goes into a cell: one line, short enough to read there.
const REPLY_LIMIT = 300;

/** A server's reply as one short line (whitespace collapsed, long replies cut with an ellipsis). */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > REPLY_LIMIT ? `${flat.slice(0, REPLY_LIMIT - 1)}…` : flat;
}

/** Milliseconds as the seconds a message names (15, 0.5). */
export function secondsOf(ms: number): number {
  return Math.round(ms / 100) / 10;
}
