import { describeError } from "../../core/error";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Lang } from "../../words/lang";
import type { RuleRow } from "../../core/definition/types";
import type { Person } from "../../core/people/person";
import type { CompiledProcess } from "../../core/process";
import { readRow } from "../../core/register/row-codec";
import { dueReminders, type DueReminders } from "../../core/reminders/due-reminders";
import type { Result } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import type { SyncResult } from "../../core/sync/sync";
import { resolveText } from "../../core/text";
import { cellChanges } from "../../workbook/register/cell-changes";
import { missingPeople } from "../../workbook/people/people-table";
import { addressOf, outboxRowsFor } from "../../workbook/outbox/outbox-message";
import { afterAttempt, isDue } from "../../workbook/outbox/outbox-retry";
import type { OutboxChannel, OutboxRow } from "../../workbook/outbox/outbox-table";
import { PeopleIndex } from "../../core/people/person";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { badInput, EXIT } from "../failure";
import { writeAllAtomic, type FileWrite } from "../files/atomic-write";
import { appendEventsToBook, historyFileBytes, readHistory, workbookHistory } from "../files/history";
import { csvOutbox, outboxCsvBytes, outboxCsvFile, workbookOutbox, writeOutboxToBook } from "../files/outbox";
import { peopleFile, workbookPeople } from "../files/people";
import { loadProcessFile } from "../files/process-file";
import { fileKind, openRegister, registerCsv, type RegisterSource } from "../files/register";
import { formatTable } from "../files/table-output";
import { loadBook } from "../files/xlsx-book";
import { bookBytes } from "../files/xlsx-book-write";
import { applyChangesToBook } from "../files/xlsx-register";
import type { Transport } from "../notify/transport";
import { isWebhookFormat, transportFrom, type DeliveryOptions } from "../notify/transports";

const OPTIONS = {
  now: { type: "string" },
  history: { type: "string" },
  people: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  smtp: { type: "string" },
  from: { type: "string" },
  webhook: { type: "string" },
  format: { type: "string" },
  secret: { type: "string" },
} as const;

/** What notify stands on that a test may replace: the delivery made from the options. */
export interface NotifyDeps {
  readonly transportFrom: (options: DeliveryOptions) => Result<Transport>;
}

/** The delivery the options ask for, or undefined for none; refused before anything is read or written. */
function delivery(
  ctx: Context,
  args: ReturnType<typeof parseCommandArgs>,
  deps: NotifyDeps,
): Transport | undefined {
  const smtp = stringOption(args, "smtp");
  const webhook = stringOption(args, "webhook");
  if (smtp === undefined && webhook === undefined) return undefined;
  const format = stringOption(args, "format");
  if (format !== undefined && !isWebhookFormat(format))
    throw badInput(ctx.m.optionValue("notify", "--format"));
  const options: DeliveryOptions = {
    lang: ctx.lang,
    ...(smtp !== undefined ? { smtp } : {}),
    ...(stringOption(args, "from") !== undefined ? { from: stringOption(args, "from") as string } : {}),
    ...(webhook !== undefined ? { webhook } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(stringOption(args, "secret") !== undefined ? { secret: stringOption(args, "secret") as string } : {}),
  };
  const made = deps.transportFrom(options);
  if (!made.ok) throw badInput(ctx.m.notify.delivery(describeError(made.error, ctx.lang)));
  return made.value;
}

interface Inputs {
  readonly process: CompiledProcess;
  readonly source: RegisterSource;
  readonly rows: RuleRow[];
  readonly history: readonly ProcessEvent[];
  readonly people: readonly Person[];
  readonly lang: Lang;
}

async function readInputs(
  ctx: Context,
  definition: string,
  registerFile: string,
  historyFile: string | undefined,
  peopleOption: string | undefined,
): Promise<Inputs> {
  const { process } = loadProcessFile(ctx, definition);
  const source = await openRegister(ctx, registerFile, process);
  const { data } = source;
  const rows = data.rows.map((cells) => readRow(process, data.map, cells).row);
  const bound = source.kind === "xlsx" ? source.bound : undefined;
  const lang = ctx.langExplicit ? ctx.lang : (bound?.binding.lang ?? data.map.lang);
  if (source.kind === "csv" && historyFile === undefined) throw badInput(ctx.m.notify.needsHistory);
  const history =
    historyFile !== undefined
      ? existsSync(resolve(ctx.cwd, historyFile))
        ? await readHistory(ctx, historyFile, process)
        : []
      : source.kind === "xlsx"
        ? (workbookHistory(ctx, registerFile, source.reg.book, process, bound)?.events ?? [])
        : [];
  const people =
    peopleOption !== undefined
      ? await peopleFile(ctx, peopleOption)
      : source.kind === "xlsx"
        ? (workbookPeople(ctx, registerFile, source.reg.book) ?? [])
        : [];
  return { process, source, rows, history, people, lang };
}

/** The owners reassignments change, as cell changes of the register (written like a sync's). */
function ownerChanges(inputs: Inputs, due: DueReminders): ReturnType<typeof cellChanges> {
  if (due.changes.length === 0) return [];
  const result: SyncResult = {
    rows: inputs.rows,
    events: [],
    errors: [],
    changes: due.changes.map((c) => ({
      index: c.index,
      id: c.caseId,
      before: inputs.rows[c.index] as RuleRow,
      after: { ...inputs.rows[c.index], owner: c.owner },
      keys: ["owner"],
    })),
  };
  return cellChanges(inputs.process, inputs.source.data.map, inputs.lang, result, inputs.source.data.rows);
}

/**
 * Everything this run produces, in one atomic write: History's `reminded` (and `assigned`) events, the
 * Outbox's new rows, and owners reassigned, in the register's workbook or beside a CSV register.
 */
async function record(
  ctx: Context,
  inputs: Inputs,
  due: DueReminders,
  added: readonly OutboxRow[],
  historyFile: string | undefined,
): Promise<string> {
  const { process, source, lang } = inputs;
  const writes: FileWrite[] = [];
  const changes = ownerChanges(inputs, due);
  const version =
    source.kind === "xlsx" && source.bound ? source.bound.binding.version : (process.definition.version ?? 1);
  const separateHistory =
    historyFile !== undefined && resolve(ctx.cwd, historyFile) !== resolve(ctx.cwd, source.file);
  if (separateHistory && due.events.length > 0)
    writes.push({
      file: historyFile,
      data: await historyFileBytes(ctx, historyFile, {
        process,
        version,
        events: due.events,
        lang,
        noBom: false,
      }),
    });
  let outboxFile = source.file;
  if (source.kind === "xlsx") {
    const { book } = source.reg;
    if (changes.length > 0) applyChangesToBook(ctx, source.file, source.reg, changes, []);
    if (!separateHistory && due.events.length > 0)
      appendEventsToBook(ctx, source.file, book, {
        process,
        version,
        events: due.events,
        bound: source.bound,
        lang,
      });
    writeOutboxToBook(ctx, source.file, book, process, lang, added);
    writes.push({ file: source.file, data: await bookBytes(book) });
  } else {
    if (changes.length > 0)
      writes.push({ file: source.file, data: registerCsv(ctx, source.file, source, changes, [], false) });
    outboxFile = outboxCsvFile(source.file);
    writes.push({
      file: outboxFile,
      data: outboxCsvBytes(ctx, outboxFile, csvOutbox(ctx, outboxFile, lang), added),
    });
  }
  writeAllAtomic(ctx, writes);
  return outboxFile;
}

/** Sends the Outbox's rows due at `now` through the transport, then writes their marks in one atomic write. */
async function send(ctx: Context, inputs: Inputs, transport: Transport, now: string): Promise<void> {
  const { process, source, lang } = inputs;
  const people = new PeopleIndex(inputs.people);
  const channel: OutboxChannel = transport.channel;
  const file = source.kind === "xlsx" ? source.file : outboxCsvFile(source.file);
  const book = source.kind === "xlsx" ? await loadBook(ctx, source.file) : undefined;
  const outbox = book ? workbookOutbox(book, process, lang) : csvOutbox(ctx, file, lang);
  const marks: { row: OutboxRow; at: number }[] = [];
  const failures: string[] = [];
  try {
    for (const { row, at } of outbox.rows) {
      if (!isDue(row, now)) continue;
      // The row is sent where its recipient is reached on this channel, when People says.
      const address = addressOf(people.get(row.to), channel) || row.address;
      const outcome = await transport.send({
        key: row.key,
        to: row.to,
        address,
        subject: row.subject,
        body: row.body,
        caseId: row.caseId,
        lang: people.get(row.to)?.lang ?? lang,
      });
      const after = afterAttempt({ ...row, channel, address }, outcome, now);
      if (!outcome.ok) failures.push(ctx.m.notify.failedLine(row.to, row.caseId, outcome.error));
      marks.push({ row: after, at });
    }
  } finally {
    await transport.close();
  }
  if (marks.length > 0) {
    if (book) {
      writeOutboxToBook(ctx, file, book, process, lang, [], marks);
      writeAllAtomic(ctx, [{ file, data: await bookBytes(book) }]);
    } else
      writeAllAtomic(ctx, [{ file, data: outboxCsvBytes(ctx, file, csvOutbox(ctx, file, lang), [], marks) }]);
  }
  const count = (s: OutboxRow["status"]): number => marks.filter((m) => m.row.status === s).length;
  ctx.out(ctx.m.notify.sent(count("sent"), marks.length, channel, count("pending"), count("failed"), file));
  for (const f of failures) ctx.err(f);
}

/** `--dry-run --json`: exactly `{ "messages": [{ caseId, step, kind, level?, to, address? }] }`. */
function messagesJson(due: DueReminders, people: PeopleIndex, channel: OutboxChannel): string {
  const messages = due.messages.map((m) => {
    const address = addressOf(people.get(m.to), channel);
    return {
      caseId: m.caseId,
      step: m.step,
      kind: m.kind,
      ...(m.level !== undefined ? { level: m.level } : {}),
      to: m.to,
      ...(address !== "" ? { address } : {}),
    };
  });
  return JSON.stringify({ messages }, null, 2);
}

/**
 * `procsheet notify <process.json> <register>`: the reminders due at `--now` (docs/specification.md §8)
 * recorded in History and the Outbox at once, then the Outbox's pending messages sent (docs/notifications.md).
 */
export async function runNotify(
  ctx: Context,
  argv: readonly string[],
  deps: NotifyDeps = { transportFrom },
): Promise<number> {
  const args = parseCommandArgs(ctx, "notify", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.notify);
    return EXIT.ok;
  }
  const [definition, registerFile] = expectPositionals(ctx, "notify", args, 2) as [string, string];
  const now = resolveNow(ctx, stringOption(args, "now"));
  const historyFile = stringOption(args, "history");
  const peopleOption = stringOption(args, "people");
  fileKind(ctx, registerFile);
  if (historyFile !== undefined) fileKind(ctx, historyFile);
  const dryRun = flag(args, "dry-run");
  const transport = dryRun ? undefined : delivery(ctx, args, deps);
  const inputs = await readInputs(ctx, definition, registerFile, historyFile, peopleOption);
  const { process, people } = inputs;
  const index = new PeopleIndex(people);
  const due = dueReminders({ process, rows: inputs.rows, history: inputs.history, people, now });
  const channel: OutboxChannel = transport?.channel ?? "email";
  const missing = missingPeople(process, people);
  if (missing.length > 0) ctx.err(ctx.m.notify.missingPeople(missing));
  for (const p of due.problems) ctx.err(ctx.m.notify.noManager(p.caseId, p.level, p.owner));

  if (dryRun && flag(args, "json")) {
    ctx.out(messagesJson(due, index, channel));
    return EXIT.ok;
  }
  ctx.out(
    ctx.m.notify.heading(
      resolveText(process.definition.name, ctx.lang) || process.definition.id,
      now,
      registerFile,
    ),
  );
  if (due.messages.length === 0) ctx.out(ctx.m.notify.none);
  else
    for (const line of formatTable([
      ctx.m.notify.columns,
      ...due.messages.map((m) => [
        m.caseId,
        resolveText(process.stepById.get(m.step)?.def.name, ctx.lang) || m.step,
        ctx.m.notify.kind(m.kind, m.level),
        m.to,
        addressOf(index.get(m.to), channel),
      ]),
    ]))
      ctx.out(line);
  if (dryRun) {
    ctx.out(ctx.m.notify.dryRun);
    return EXIT.ok;
  }
  if (due.messages.length > 0 || due.events.length > 0) {
    const added = outboxRowsFor({
      process,
      messages: due.messages,
      rows: inputs.rows,
      people,
      lang: inputs.lang,
      channel,
      now,
    });
    const file = await record(ctx, inputs, due, added, historyFile);
    ctx.out(ctx.m.notify.queued(added.length, due.events.length, file));
  }
  if (transport) await send(ctx, inputs, transport, now);
  else ctx.out(ctx.m.notify.noTransport);
  return EXIT.ok;
}
