import { createHmac } from "node:crypto";

/**
 * A DingTalk robot's signature for a request made at `timestampMs` (DingTalk's "加签" security setting):
 * HMAC-SHA256 over `timestamp + "\n" + secret`, keyed with the secret, in base64. The robot refuses a
 * timestamp more than an hour from its clock, so the signature is made per request.
 */
export function dingtalkSignature(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
}

/** The robot's address with `timestamp` and `sign` added (URL-encoded, as DingTalk requires). */
export function signedDingtalkUrl(webhook: URL, secret: string, timestampMs: number): URL {
  const url = new URL(webhook.href);
  url.searchParams.set("timestamp", String(timestampMs));
  url.searchParams.set("sign", dingtalkSignature(secret, timestampMs));
  return url;
}
