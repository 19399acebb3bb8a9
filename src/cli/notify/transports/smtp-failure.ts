import type { SendOutcome } from "../transport";
import { failure, oneLine, secondsOf } from "./failure";
import type { SmtpServer } from "./smtp";

/** What nodemailer puts on the errors it gives (its NodemailerError), as far as we read it. */
interface MailError {
  readonly code?: unknown;
  readonly originalCode?: unknown;
  readonly responseCode?: unknown;
  readonly response?: unknown;
  readonly message?: unknown;
}

/**
 * A failed SMTP attempt in words an admin can act on, and whether to try again: a server that is down,
 * slow or says "4xx, later" is tried again on the next run; a "5xx" refusal (no such user, bad login) is
 * not, since sending the same mail again gets the same answer.
 */
export function smtpFailure(error: unknown, server: SmtpServer, address: string): SendOutcome {
  const e: MailError = typeof error === "object" && error !== null ? error : {};
  const where = { host: server.host, port: String(server.port) };
  const lang = server.lang;
  const code = typeof e.responseCode === "number" ? e.responseCode : undefined;
  const reply = typeof e.response === "string" ? oneLine(e.response) : "";
  if (code !== undefined && code >= 400 && code < 500)
    return failure("delivery.smtpDeferred", { ...where, address, reply }, true, lang);
  if (code !== undefined && code >= 500) {
    if (e.code === "EAUTH") return failure("delivery.smtpLogin", { ...where, reply }, false, lang);
    return failure("delivery.smtpRejected", { ...where, address, reply }, false, lang);
  }
  if (e.code === "ETIMEDOUT")
    return failure("delivery.smtpTimeout", { ...where, seconds: secondsOf(server.timeoutMs) }, true, lang);
  if (e.originalCode === "ECONNREFUSED" || String(e.message).includes("ECONNREFUSED"))
    return failure("delivery.smtpRefused", where, true, lang);
  const detail = oneLine(typeof e.message === "string" ? e.message : String(error));
  if (e.code === "EDNS") return failure("delivery.smtpUnreachable", { ...where, detail }, true, lang);
  return failure("delivery.smtpFailed", { ...where, detail }, true, lang);
}
