import { procsheetError } from "../../../core/error";
import type { Result } from "../../../core/result";
import type { Transport } from "../transport";

/** What `procsheet notify`'s delivery options say (docs/notifications.md). */
export interface TransportOptions {
  readonly smtp?: string;
  readonly from?: string;
  readonly webhook?: string;
  readonly format?: "teams" | "wecom" | "dingtalk" | "slack" | "json";
  readonly secret?: string;
  readonly timeoutMs?: number;
}

/**
 * The Transport the options name. This build has none: every option is refused, and notify says so
 * before writing anything. (The delivery transports replace this file.)
 */
export function transportFrom(options: TransportOptions): Result<Transport> {
  const channel = options.smtp !== undefined ? "email" : (options.format ?? "webhook");
  return { ok: false, error: procsheetError("FILE", "notify.noTransport", { channel }) };
}
