import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { OutgoingMessage } from "../transport";
import { webhookTransport, type WebhookTarget } from "./webhook";

// Every server here listens on 127.0.0.1 on a port the system picks; nothing leaves the machine.

interface Request {
  readonly method: string;
  readonly url: URL;
  readonly contentType: string;
  readonly body: unknown;
}

type Answer = (req: Request, res: ServerResponse) => void;

interface WebServer {
  readonly base: string;
  readonly requests: Request[];
  stop(): Promise<void>;
}

async function startWebServer(answer: Answer): Promise<WebServer> {
  const requests: Request[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const request: Request = {
        method: req.method ?? "",
        url: new URL(req.url ?? "/", "http://127.0.0.1"),
        contentType: req.headers["content-type"] ?? "",
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      requests.push(request);
      answer(request, res);
    });
  });
  const port = await listen(server);
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
}

const reply =
  (status: number, body: string, type = "application/json"): Answer =>
  (_req, res) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };

const message: OutgoingMessage = {
  key: "PR-7|review|1|overdue||Mei Chen",
  to: "Mei Chen",
  address: "meichen",
  subject: "PR-7 is overdue at Review",
  body: "Purchase request PR-7 was due on 2 March.\nPlease review it today.",
  caseId: "PR-7",
  lang: "en",
};

const SECRET = "SEC0123456789abcdef";

describe("webhooks", () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });
  async function serve(answer: Answer): Promise<WebServer> {
    const web = await startWebServer(answer);
    stops.push(web.stop);
    return web;
  }
  const target = (
    web: WebServer,
    extra: Partial<WebhookTarget> & Pick<WebhookTarget, "format">,
    path = "/hook",
  ): WebhookTarget => ({
    url: new URL(`${web.base}${path}`),
    timeoutMs: 2000,
    lang: "en",
    ...extra,
  });

  it("posts an Adaptive Card to a Teams workflow, mentioning the recipient by their Teams id", async () => {
    const web = await serve(reply(202, ""));
    const teamsMessage = { ...message, address: "mei.chen@contoso.com" };
    const outcome = await webhookTransport(target(web, { format: "teams" })).send(teamsMessage);
    expect(outcome).toEqual({ ok: true });
    expect(web.requests[0]?.method).toBe("POST");
    expect(web.requests[0]?.contentType).toBe("application/json; charset=utf-8");
    expect(web.requests[0]?.body).toEqual({
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
              {
                type: "TextBlock",
                text: "PR-7 is overdue at Review",
                weight: "Bolder",
                size: "Medium",
                wrap: true,
              },
              { type: "TextBlock", text: message.body, wrap: true },
              { type: "FactSet", facts: [{ title: "Case", value: "PR-7" }] },
              { type: "TextBlock", text: "<at>Mei Chen</at>", wrap: true },
            ],
            msteams: {
              entities: [
                {
                  type: "mention",
                  text: "<at>Mei Chen</at>",
                  mentioned: { id: "mei.chen@contoso.com", name: "Mei Chen" },
                },
              ],
            },
          },
        },
      ],
    });
  });

  it("labels the case in the recipient's language on a Teams card and leaves the mention out without a Teams id", async () => {
    const web = await serve(reply(202, ""));
    await webhookTransport(target(web, { format: "teams" })).send({ ...message, address: "", lang: "zh-CN" });
    const card = (web.requests[0]?.body as { attachments: Array<{ content: Record<string, unknown> }> })
      .attachments[0]?.content;
    expect(card?.["body"]).toContainEqual({ type: "FactSet", facts: [{ title: "事项", value: "PR-7" }] });
    expect(card?.["msteams"]).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain("<at>");
  });

  it("posts WeCom markdown that mentions the recipient, and takes errcode 0 as sent", async () => {
    const web = await serve(reply(200, '{"errcode":0,"errmsg":"ok"}'));
    const outcome = await webhookTransport(
      target(web, { format: "wecom" }, "/cgi-bin/webhook/send?key=abc"),
    ).send(message);
    expect(outcome).toEqual({ ok: true });
    expect(web.requests[0]?.url.searchParams.get("key")).toBe("abc");
    expect(web.requests[0]?.body).toEqual({
      msgtype: "markdown",
      markdown: {
        content:
          "**PR-7 is overdue at Review**\nPurchase request PR-7 was due on 2 March.\nPlease review it today.\n<@meichen>",
      },
    });
  });

  it("keeps WeCom markdown within 4096 bytes and a case's own text from mentioning anyone", async () => {
    const web = await serve(reply(200, '{"errcode":0,"errmsg":"ok"}'));
    const long = { ...message, subject: "<@all> look", body: "审".repeat(3000) };
    await webhookTransport(target(web, { format: "wecom" })).send(long);
    const content = (web.requests[0]?.body as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content, "utf8")).toBeLessThanOrEqual(4096);
    expect(content.startsWith("**< @all> look**\n审")).toBe(true);
    expect(content.endsWith("…\n<@meichen>")).toBe(true);
  });

  it("reports a WeCom robot's refusal given with HTTP 200 (errcode 93000) and does not try again", async () => {
    const web = await serve(reply(200, '{"errcode":93000,"errmsg":"invalid webhook url"}'));
    const outcome = await webhookTransport(target(web, { format: "wecom" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error: "The WeCom robot did not post the message: error 93000, “invalid webhook url”.",
    });
  });

  it("tries a WeCom robot again when it limits how often it posts (errcode 45009)", async () => {
    const web = await serve(reply(200, '{"errcode":45009,"errmsg":"api freq out of limit"}'));
    const outcome = await webhookTransport(target(web, { format: "wecom", lang: "zh-CN" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error:
        "企业微信群机器人 暂时不再发送消息（错误 45009，“api freq out of limit”）：短时间内消息过多。下次运行时重试。",
    });
  });

  it("signs a DingTalk request so the robot can check it: HMAC-SHA256 of timestamp and secret, base64", async () => {
    const web = await serve(reply(200, '{"errcode":0,"errmsg":"ok"}'));
    const now = 1767225600123;
    const outcome = await webhookTransport(
      target(web, { format: "dingtalk", secret: SECRET, now: () => now }, "/robot/send?access_token=tok"),
    ).send(message);
    expect(outcome).toEqual({ ok: true });
    const url = web.requests[0]?.url;
    expect(url?.searchParams.get("access_token")).toBe("tok");
    expect(url?.searchParams.get("timestamp")).toBe(String(now));
    // What the robot does on its side: recompute the signature from the timestamp it was sent.
    const expected = createHmac("sha256", SECRET)
      .update(`${url?.searchParams.get("timestamp")}\n${SECRET}`)
      .digest("base64");
    expect(url?.searchParams.get("sign")).toBe(expected);
    // The sign travels URL-encoded (base64's + / = escaped), as DingTalk's documentation asks.
    expect(url?.search).toContain(`sign=${encodeURIComponent(expected)}`);
    expect(web.requests[0]?.body).toEqual({
      msgtype: "text",
      text: {
        content:
          "PR-7 is overdue at Review\nPurchase request PR-7 was due on 2 March.\nPlease review it today.\n@meichen",
      },
      at: { atUserIds: ["meichen"], isAtAll: false },
    });
  });

  it("signs each DingTalk request with the time it is sent, and leaves the address unsigned without --secret", async () => {
    const web = await serve(reply(200, '{"errcode":0,"errmsg":"ok"}'));
    let clock = 1000;
    const signed = webhookTransport(
      target(web, { format: "dingtalk", secret: SECRET, now: () => (clock += 1000) }),
    );
    await signed.send(message);
    await signed.send(message);
    await webhookTransport(target(web, { format: "dingtalk" })).send({ ...message, address: "" });
    const [first, second, plain] = web.requests;
    expect(first?.url.searchParams.get("timestamp")).toBe("2000");
    expect(second?.url.searchParams.get("timestamp")).toBe("3000");
    expect(first?.url.searchParams.get("sign")).not.toBe(second?.url.searchParams.get("sign"));
    expect(plain?.url.searchParams.has("sign")).toBe(false);
    expect(plain?.body).toEqual({
      msgtype: "text",
      text: { content: `${message.subject}\n${message.body}` },
      at: { atUserIds: [], isAtAll: false },
    });
  });

  it("reports a DingTalk signature the robot did not accept (errcode 310000) and does not try again", async () => {
    const web = await serve(reply(200, '{"errcode":310000,"errmsg":"sign not match"}'));
    const outcome = await webhookTransport(target(web, { format: "dingtalk", secret: "SECwrong" })).send(
      message,
    );
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error: "The DingTalk robot did not post the message: error 310000, “sign not match”.",
    });
  });

  it("takes a robot's reply it cannot read as a failure, not as sent", async () => {
    const web = await serve(reply(200, "<html>proxy login</html>", "text/html"));
    const outcome = await webhookTransport(target(web, { format: "dingtalk" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error:
        "The DingTalk robot answered something Procsheet cannot read as a robot's reply: <html>proxy login</html>",
    });
  });

  it("posts Slack text with Slack's control characters escaped", async () => {
    const web = await serve(reply(200, "ok", "text/plain"));
    const outcome = await webhookTransport(target(web, { format: "slack" })).send({
      ...message,
      body: "R&D <urgent>",
    });
    expect(outcome).toEqual({ ok: true });
    expect(web.requests[0]?.body).toEqual({ text: "*PR-7 is overdue at Review*\nR&amp;D &lt;urgent&gt;" });
  });

  it("posts the message itself as JSON for an admin's own system", async () => {
    const web = await serve(reply(204, ""));
    expect(await webhookTransport(target(web, { format: "json" })).send(message)).toEqual({ ok: true });
    expect(web.requests[0]?.body).toEqual({ ...message });
  });

  it("does not try again after a 400, and quotes what the server said", async () => {
    const web = await serve(reply(400, "invalid_payload", "text/plain"));
    const outcome = await webhookTransport(target(web, { format: "slack" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error:
        "The Slack webhook answered 400 and did not take the message: invalid_payload. Check the --webhook address.",
    });
  });

  it.each([
    [500, "Internal Server Error"],
    [503, "Service Unavailable"],
    [429, "Too Many Requests"],
    [408, "Request Timeout"],
  ])("tries again after %i", async (status, text) => {
    const web = await serve(reply(status, text, "text/plain"));
    const outcome = await webhookTransport(target(web, { format: "teams" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `The Teams workflow answered ${status} (busy or unavailable): ${text}. Procsheet tries again on the next run.`,
    });
  });

  it("does not follow a redirect with the message", async () => {
    const web = await serve((_req, res) => {
      res.writeHead(302, { location: "/elsewhere" });
      res.end();
    });
    const outcome = await webhookTransport(target(web, { format: "json" })).send(message);
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(web.requests).toHaveLength(1);
  });

  it("gives up on a server that does not answer in time, names only the host (the address holds the key), and tries again", async () => {
    const web = await serve(() => undefined);
    const started = Date.now();
    const outcome = await webhookTransport(
      target(web, { format: "wecom", timeoutMs: 300 }, "/cgi-bin/webhook/send?key=SECRET-KEY"),
    ).send(message);
    const took = Date.now() - started;
    const host = new URL(web.base).host;
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `The WeCom robot at ${host} did not answer within 0.3 seconds. Procsheet tries again on the next run.`,
    });
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2000);
  });

  it("gives up on a server that starts answering but never finishes", async () => {
    const web = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"errcode":');
    });
    const outcome = await webhookTransport(target(web, { format: "dingtalk", timeoutMs: 300 })).send(message);
    expect(outcome).toMatchObject({ ok: false, retry: true });
  });

  it("tries again when nothing listens on the port (connection refused)", async () => {
    const web = await serve(reply(200, ""));
    await web.stop();
    stops.length = 0;
    const host = new URL(web.base).host;
    const outcome = await webhookTransport(target(web, { format: "slack" })).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `The Slack webhook at ${host} refused the connection. Procsheet tries again on the next run.`,
    });
  });
});
