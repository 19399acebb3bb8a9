import { createServer as createTcpServer, type Server, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import type { OutgoingMessage, Transport } from "../transport";
import { messageIdFor } from "./message-id";
import { smtpTransport, type SmtpServer } from "./smtp";

// Every server here listens on 127.0.0.1 on a port the system picks; nothing leaves the machine.

interface Received {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
}

interface MailServer {
  readonly port: number;
  readonly received: Received[];
  stop(): Promise<void>;
}

type Reject = { readonly code: number; readonly text: string };

async function startMailServer(
  options: { login?: { user: string; pass: string }; reject?: Readonly<Record<string, Reject>> } = {},
): Promise<MailServer> {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: options.login ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !options.login,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      const login = options.login;
      if (login && auth.username === login.user && auth.password === login.pass)
        callback(null, { user: auth.username });
      else
        callback(Object.assign(new Error("5.7.8 Authentication credentials invalid"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const reject = options.reject?.[address.address];
      if (reject) callback(Object.assign(new Error(reject.text), { responseCode: reject.code }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push({ from, to, raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  const port = await listen(server.server);
  return {
    port,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
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

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function serverAt(port: number, extra: Partial<SmtpServer> = {}): SmtpServer {
  return {
    host: "127.0.0.1",
    port,
    secure: false,
    from: "procsheet@example.com",
    timeoutMs: 2000,
    lang: "en",
    ...extra,
  };
}

const message: OutgoingMessage = {
  key: "PR-7|review|1|overdue||Mei Chen",
  to: "Mei Chen",
  address: "mei@example.com",
  subject: "PR-7 is overdue at Review",
  body: "Purchase request PR-7 was due on 2 March.\nPlease review it today.",
  caseId: "PR-7",
  lang: "en",
};

/** A header of a raw mail, unfolded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

describe("email through a mail server", () => {
  const open: Transport[] = [];
  const servers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
    await Promise.all(servers.splice(0).map((stop) => stop()));
  });
  const track = (t: Transport): Transport => (open.push(t), t);

  it("delivers a plain-text mail with the message's subject and body to the recipient", async () => {
    const mail = await startMailServer();
    servers.push(mail.stop);
    const outcome = await track(smtpTransport(serverAt(mail.port))).send(message);
    expect(outcome).toEqual({ ok: true });
    expect(mail.received).toHaveLength(1);
    const [got] = mail.received;
    expect(got?.from).toBe("procsheet@example.com");
    expect(got?.to).toEqual(["mei@example.com"]);
    expect(header(got?.raw ?? "", "Subject")).toBe("PR-7 is overdue at Review");
    expect(header(got?.raw ?? "", "To")).toBe("Mei Chen <mei@example.com>");
    expect(header(got?.raw ?? "", "Content-Type")).toMatch(/^text\/plain; charset=utf-8/);
    expect(got?.raw).toContain("Purchase request PR-7 was due on 2 March.");
  });

  it("builds the Message-ID from the message key, the same on a repeat, and carries the key in X-Procsheet-Key", async () => {
    const mail = await startMailServer();
    servers.push(mail.stop);
    const transport = track(smtpTransport(serverAt(mail.port)));
    await transport.send(message);
    await transport.send(message);
    await transport.send({ ...message, key: "PR-8|review|1|overdue||Mei Chen", caseId: "PR-8" });
    const ids = mail.received.map((r) => header(r.raw, "Message-ID"));
    expect(ids[0]).toBe(messageIdFor(message.key));
    expect(ids[0]).toMatch(/^<[0-9a-f]{64}@procsheet>$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(header(mail.received[0]?.raw ?? "", "X-Procsheet-Key")).toBe(message.key);
    expect(header(mail.received[0]?.raw ?? "", "Auto-Submitted")).toBe("auto-generated");
  });

  it("sends a Chinese subject and body so that they read back as written", async () => {
    const mail = await startMailServer();
    servers.push(mail.stop);
    const zh = {
      ...message,
      subject: "PR-7 在“审核”步骤已逾期",
      body: "采购申请 PR-7 的截止日期是 3月2日。",
      lang: "zh-CN" as const,
    };
    expect(await track(smtpTransport(serverAt(mail.port))).send(zh)).toEqual({ ok: true });
    const raw = mail.received[0]?.raw ?? "";
    expect(decodeWords(header(raw, "Subject") ?? "")).toBe(zh.subject);
    expect(decodeBody(raw)).toContain(zh.body);
  });

  it("logs in with the user name and password written in --smtp", async () => {
    const mail = await startMailServer({ login: { user: "mei", pass: "s3cret" } });
    servers.push(mail.stop);
    const outcome = await track(smtpTransport(serverAt(mail.port, { user: "mei", pass: "s3cret" }))).send(
      message,
    );
    expect(outcome).toEqual({ ok: true });
    expect(mail.received).toHaveLength(1);
  });

  it("does not try a wrong password again, and says which server refused it and what it replied", async () => {
    const mail = await startMailServer({ login: { user: "mei", pass: "s3cret" } });
    servers.push(mail.stop);
    const outcome = await track(smtpTransport(serverAt(mail.port, { user: "mei", pass: "wrong" }))).send(
      message,
    );
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error: `The mail server 127.0.0.1:${mail.port} did not accept the user name or password in --smtp. It replied: 535 5.7.8 Authentication credentials invalid`,
    });
    expect(mail.received).toHaveLength(0);
  });

  it("does not try again when the server refuses the recipient for good (550 no such user)", async () => {
    const mail = await startMailServer({
      reject: { "mei@example.com": { code: 550, text: "5.1.1 No such user" } },
    });
    servers.push(mail.stop);
    const outcome = await track(smtpTransport(serverAt(mail.port))).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error: `The mail server 127.0.0.1:${mail.port} refused the message to mei@example.com for good. It replied: 550 5.1.1 No such user`,
    });
  });

  it("sends the next message on the same transport after a recipient was refused", async () => {
    const mail = await startMailServer({
      reject: { "nobody@example.com": { code: 550, text: "5.1.1 No such user" } },
    });
    servers.push(mail.stop);
    const transport = track(smtpTransport(serverAt(mail.port)));
    expect(await transport.send({ ...message, address: "nobody@example.com" })).toMatchObject({
      ok: false,
      retry: false,
    });
    expect(await transport.send(message)).toEqual({ ok: true });
    expect(mail.received.map((r) => r.to)).toEqual([["mei@example.com"]]);
  });

  it("tries again when the server puts the message off (451), in the workbook's language", async () => {
    const mail = await startMailServer({
      reject: { "mei@example.com": { code: 451, text: "4.7.1 Try again later" } },
    });
    servers.push(mail.stop);
    const outcome = await track(smtpTransport(serverAt(mail.port, { lang: "zh-CN" }))).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `邮件服务器 127.0.0.1:${mail.port} 暂缓接收发给 mei@example.com 的邮件。服务器回复：451 4.7.1 Try again later。下次运行时重试。`,
    });
  });

  it("gives up on a server that never greets after the time allowed, and tries again next run", async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    const port = await listen(silent);
    servers.push(async () => {
      sockets.forEach((s) => s.destroy());
      await close(silent);
    });
    const started = Date.now();
    const outcome = await track(smtpTransport(serverAt(port, { timeoutMs: 300 }))).send(message);
    const took = Date.now() - started;
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `The mail server 127.0.0.1:${port} did not answer within 0.3 seconds. Procsheet tries again on the next run.`,
    });
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2000);
  });

  it("tries again when nothing listens on the port (connection refused)", async () => {
    const closed = createTcpServer();
    const port = await listen(closed);
    await close(closed);
    const outcome = await track(smtpTransport(serverAt(port))).send(message);
    expect(outcome).toEqual({
      ok: false,
      retry: true,
      error: `The mail server 127.0.0.1:${port} refused the connection (nothing is listening there, or a firewall is in the way). Procsheet tries again on the next run.`,
    });
  });

  it("does not send to a person without an email address", async () => {
    const outcome = await track(smtpTransport(serverAt(1))).send({ ...message, address: "" });
    expect(outcome).toEqual({
      ok: false,
      retry: false,
      error: "Mei Chen has no email address in People, so no mail was sent.",
    });
  });
});

/** RFC 2047 encoded words (=?UTF-8?B?…?= or =?UTF-8?Q?…?=) decoded. */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(
            data
              .replace(/_/g, " ")
              .replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

/** A single-part mail's body, decoded from its Content-Transfer-Encoding. */
function decodeBody(raw: string): string {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const encoding = (header(head, "Content-Transfer-Encoding") ?? "").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
