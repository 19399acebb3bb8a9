import { Workbook, type Worksheet } from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { FIXTURES, removeTempDirs, runCli, tempDir } from "../../../test/fixtures/cli/cli-harness";
import { createContext } from "../context";
import type { OutgoingMessage, SendOutcome, Transport } from "../notify/transport";
import { runNotify } from "./notify";

afterAll(removeTempDirs);

const REMIND = join(FIXTURES, "remind.process.json");

/** A transport that records what it is given and answers what the test says. */
function recording(answer: (m: OutgoingMessage) => SendOutcome): Transport & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = [];
  return {
    channel: "email",
    sent,
    send: (m) => {
      sent.push(m);
      return Promise.resolve(answer(m));
    },
    close: () => Promise.resolve(),
  };
}

/** `procsheet notify …` in-process with a transport of the test's own; stdout and stderr as text. */
async function notify(
  cwd: string,
  argv: string[],
  transport?: Transport,
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const ctx = createContext({
    lang: "en",
    langExplicit: false,
    cwd,
    env: {},
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  const code = await runNotify(ctx, argv, {
    transportFrom: () =>
      transport ? { ok: true, value: transport } : { ok: false, error: { code: "FILE", message: "none" } },
  });
  return { code, out, err };
}

async function sheet(file: string, name: string): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}`);
  return ws;
}

function rowsOf(ws: Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const REGISTER = [
  "ID,Step,Status,Owner,Step started,Due,Requester",
  "PR-0001,Review,To do,Ann,2026-03-02T09:00:00,2026-03-04,Zed",
  "PR-0002,Review,In progress,Bo,2026-03-02T09:00:00,2026-03-09,Zed",
  "PR-0003,Order,To do,Cy,2026-03-02T09:00:00,2026-03-20,Zed",
  "PR-0004,Review,Done,Ann,2026-03-02T09:00:00,2026-03-03,Zed",
].join("\n");
const PEOPLE = [
  "Name,Email,Manager,Away until,Language",
  "Ann,ann@example.com,Mia,,",
  "Bo,bo@example.com,Mia,,",
  "Cy,,,2026-03-20,zh-CN",
  "Mia,mia@example.com,,,",
].join("\n");

function csvFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "reg.csv"), REGISTER);
  writeFileSync(join(dir, "people.csv"), PEOPLE);
  return dir;
}

describe("procsheet notify", () => {
  it("--dry-run --json prints exactly the messages due, sorted, and writes nothing", async () => {
    const dir = csvFolder();
    const before = readFileSync(join(dir, "reg.csv"));
    const r = await notify(dir, [
      REMIND,
      "reg.csv",
      "--history",
      "h.csv",
      "--people",
      "people.csv",
      "--now",
      "2026-03-06T08:00",
      "--dry-run",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      messages: [
        { caseId: "PR-0001", step: "review", kind: "overdue", to: "Ann", address: "ann@example.com" },
        {
          caseId: "PR-0001",
          step: "review",
          kind: "escalation",
          level: 1,
          to: "Mia",
          address: "mia@example.com",
        },
        { caseId: "PR-0002", step: "review", kind: "dueSoon", to: "Bo", address: "bo@example.com" },
        { caseId: "PR-0003", step: "order", kind: "assigned", to: "Cy" },
      ],
    });
    expect(r.err).toContain("not in People: Fay, Gus");
    expect(readFileSync(join(dir, "reg.csv"))).toEqual(before);
    expect(existsSync(join(dir, "h.csv")) || existsSync(join(dir, "reg.outbox.csv"))).toBe(false);
  });

  it("records a CSV register's messages in its History and the Outbox beside it; a failing delivery leaves them pending with the error, the next run sends them", async () => {
    const dir = csvFolder();
    const args = [REMIND, "reg.csv", "--history", "h.csv", "--people", "people.csv", "--smtp", "smtp://x"];
    const down = recording(() => ({ ok: false, error: "connect ECONNREFUSED 127.0.0.1:2525", retry: true }));
    const first = await notify(dir, [...args, "--now", "2026-03-06T08:00"], down);
    expect(first.code).toBe(0);
    expect(down.sent.map((m) => [m.to, m.address, m.lang])).toEqual([
      ["Ann", "ann@example.com", "en"],
      ["Mia", "mia@example.com", "en"],
      ["Bo", "bo@example.com", "en"],
      ["Cy", "", "zh-CN"],
    ]);
    expect(down.sent[3]?.subject).toBe("PR-0003 已分配给你：带提醒的采购，截止日期 2026年3月20日");
    expect(first.out).toContain("Sent 0 of 4 through email; 4 still pending, 0 failed");
    const outbox = readFileSync(join(dir, "reg.outbox.csv"), "utf8");
    expect(outbox.split("\n")[0]).toBe(
      "\uFEFFCreated,Channel,To,Address,Subject,Body,Case,Status,Attempts,Last error,Next try,Key",
    );
    expect(outbox).toContain(
      "pending,1,connect ECONNREFUSED 127.0.0.1:2525,2026-03-06T08:05:00,PR-0001|review|2026-03-02T09:00:00|overdue||Ann",
    );
    const history = readFileSync(join(dir, "h.csv"), "utf8");
    expect(history.split("\n").filter((l) => l.includes(",reminded,"))).toHaveLength(4);

    // Before the next try nothing is sent; at it, everything is, once, and nothing new is produced.
    const up = recording(() => ({ ok: true }));
    await notify(dir, [...args, "--now", "2026-03-06T08:04"], up);
    expect(up.sent).toEqual([]);
    const second = await notify(dir, [...args, "--now", "2026-03-06T08:05"], up);
    expect(second.out).toContain("Nothing is due.");
    expect(up.sent.map((m) => m.key)).toEqual([
      "PR-0001|review|2026-03-02T09:00:00|overdue||Ann",
      "PR-0001|review|2026-03-02T09:00:00|escalation|1|Mia",
      "PR-0002|review|2026-03-02T09:00:00|dueSoon||Bo",
      "PR-0003|order|2026-03-02T09:00:00|assigned||Cy",
    ]);
    expect(readFileSync(join(dir, "reg.outbox.csv"), "utf8").match(/,sent,2,/g)).toHaveLength(4);
    const third = await notify(dir, [...args, "--now", "2026-03-06T09:00"], up);
    expect(third.out).toContain("Sent 0 of 0");
    expect(up.sent).toHaveLength(4);
  });

  it("refuses a CSV register without --history, and delivery options that cannot work, before writing anything", async () => {
    const dir = csvFolder();
    const none = await notify(dir, [REMIND, "reg.csv"]).catch((e: Error) => e);
    expect(String(none)).toContain("a CSV register keeps no History");
    const refused = runCli(
      ["notify", REMIND, "reg.csv", "--history", "h.csv", "--smtp", "smtp://mail.example.com"],
      { cwd: dir },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("cannot deliver");
    expect(existsSync(join(dir, "h.csv"))).toBe(false);
  });

  it.each([
    ["en", "Outbox", "Pending", "Reminder"],
    ["zh-CN", "发件箱", "待发送", "提醒"],
  ] as const)(
    "init → sync → notify in a %s workbook: Outbox rows and History events in one write; a second run adds nothing",
    async (lang, outboxSheet, pending, reminderHeader) => {
      const dir = tempDir();
      expect(
        runCli(
          [
            "init",
            "procurement",
            "--out",
            "reg.xlsx",
            "--sample",
            "--lang",
            lang,
            "--now",
            "2026-03-02T09:00",
          ],
          { cwd: dir },
        ).status,
      ).toBe(0);
      expect(
        runCli(["sync", "procurement", "reg.xlsx", "--out", "reg.xlsx", "--now", "2026-03-02T09:00"], {
          cwd: dir,
        }).status,
      ).toBe(0);
      const dry = runCli(
        ["notify", "procurement", "reg.xlsx", "--now", "2026-03-09T08:00", "--dry-run", "--json"],
        { cwd: dir },
      );
      const due = (JSON.parse(dry.stdout) as { messages: unknown[] }).messages;
      expect(due.length).toBeGreaterThan(10);
      const first = runCli(["notify", "procurement", "reg.xlsx", "--now", "2026-03-09T08:00"], { cwd: dir });
      expect(first.status).toBe(0);
      const outbox = rowsOf(await sheet(join(dir, "reg.xlsx"), outboxSheet));
      expect(outbox).toHaveLength(1 + due.length);
      expect(outbox.slice(1).every((r) => r[7] === pending && r[8] === 0)).toBe(true);
      const wb = new Workbook();
      await wb.xlsx.readFile(join(dir, "reg.xlsx"));
      const history = wb.worksheets.find((w) => /History|历史记录/.test(w.name)) as Worksheet;
      const header = (history.getRow(1).values as unknown[]).slice(1);
      expect(header).toContain(reminderHeader);
      const reminded = rowsOf(history).filter(
        (r) => r[header.indexOf(reminderHeader)] && r[0] !== "Case ID" && r[0] !== "编号",
      );
      expect(reminded).toHaveLength(due.length);
      const again = runCli(["notify", "procurement", "reg.xlsx", "--now", "2026-03-09T09:00"], { cwd: dir });
      expect(again.stdout).toContain(lang === "en" ? "Nothing is due." : "Nothing is due.");
      expect(rowsOf(await sheet(join(dir, "reg.xlsx"), outboxSheet))).toHaveLength(1 + due.length);
    },
  );
});
