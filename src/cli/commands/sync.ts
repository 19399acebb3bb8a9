import { resolve } from "node:path";
import { describeError } from "../../core/error";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { ProcsheetError } from "../../core/result";
import type { RowError } from "../../core/sync/sync";
import { resolveText } from "../../core/text";
import { partNamespace, stateKey } from "../../workbook/parts";
import { journalFor, type ProcessState } from "../../workbook/state/journal";
import { storeState } from "../../workbook/state/stored-state";
import { nodeThreadHost } from "../../rule-worker/node-thread";
import { planSync, type SyncPlan } from "../../workbook/sync-plan";
import { wrapJson } from "../../workbook/xml-json";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { jsonPieces } from "../json-output";
import { badInput, EXIT } from "../failure";
import { numberSeparators } from "../number-locale";
import { writeAllAtomic, type FileWrite } from "../files/atomic-write";
import { appendEventsToBook, hasHistory, historyFileBytes, workbookHistory } from "../files/history";
import { peopleFile, workbookPeople } from "../files/people";
import { loadProcessFile } from "../files/process-file";
import { fileKind, openRegister, registerCsv, type RegisterSource } from "../files/register";
import { registerWorkbookBytes } from "../files/register-workbook";
import { guardSize } from "../files/size-guard";
import { eachTableLine, formatTable } from "../files/table-output";
import { bookBytes, bookParts } from "../files/xlsx-book-write";
import { writeProcsheetParts } from "../files/xlsx-parts";
import { applyChangesToBook } from "../files/xlsx-register";

const OPTIONS = {
  now: { type: "string" },
  out: { type: "string" },
  events: { type: "string" },
  json: { type: "boolean" },
  reroute: { type: "boolean" },
  "no-bom": { type: "boolean" },
  "number-locale": { type: "string" },
  people: { type: "string" },
} as const;

function errorPath(e: ProcsheetError, source: RegisterSource): string | null {
  if (e.path) return e.path;
  if (e.column) return `column "${source.data.map.byKey.get(e.column)?.header ?? e.column}"`;
  return null;
}

// The row's ID has its own column in the report: the words without it.
function errorMessage(e: ProcsheetError, lang: Lang): string {
  const { rowId: _rowId, ...rest } = e;
  return describeError(rest, lang);
}

function samePath(ctx: Context, a: string, b: string): boolean {
  return resolve(ctx.cwd, a) === resolve(ctx.cwd, b);
}

interface Outputs {
  readonly out: string | undefined;
  readonly events: string | undefined;
  /** `--no-bom`: CSV files written for machines, without the BOM that tells Excel they are UTF-8. */
  readonly noBom: boolean;
}

/** Where this sync's events went: the file, how many, and how many were kept nowhere. */
interface HistoryOutcome {
  readonly file: string | null;
  readonly recorded: number;
  readonly notRecorded: number;
}

interface SaveInput {
  readonly process: CompiledProcess;
  readonly source: RegisterSource;
  readonly plan: SyncPlan;
  readonly outputs: Outputs;
  readonly lang: Lang;
  readonly now: string;
}

/** The definition version History rows carry: the workbook's, else the definition's. */
function versionOf(input: SaveInput): number {
  return input.source.kind === "xlsx" && input.source.bound
    ? input.source.bound.binding.version
    : (input.process.definition.version ?? 1);
}

/**
 * The state a bound workbook keeps after this sync, as the add-in would store it: the status snapshot
 * (so the add-in's change tracking does not take this sync's moves for people's edits) and the journal
 * of what was written, done (so "Undo last sync" in the pane can put it back).
 */
function statePart(input: SaveInput, historyRowsBefore: number): { namespace: string; xml: string } {
  const id = input.process.definition.id;
  const journal = {
    now: input.now,
    version: versionOf(input),
    cells: input.plan.changes,
    events: input.plan.events,
    historyRowsBefore,
  };
  const state: ProcessState = { ...input.plan.state, journal: journalFor(journal, "done") };
  const namespace = partNamespace(stateKey(id));
  return { namespace, xml: wrapJson(namespace, storeState(input.process.idPrefix, state)) };
}

/**
 * Everything this sync saves, computed before anything is written: the register (when --out), with its
 * events in the same workbook when it holds the History (or --events names it), or in the --events file.
 * Then every target is checked and written, so the register and its events are saved together or not at
 * all (docs/specification.md §3.9).
 */
async function save(ctx: Context, input: SaveInput): Promise<HistoryOutcome> {
  const { process, source, plan, outputs, lang } = input;
  const { out, events: eventsFile } = outputs;
  const events = plan.events;
  if (out === undefined) return { file: null, recorded: 0, notRecorded: 0 };
  const writes: FileWrite[] = [];
  let outcome: HistoryOutcome = { file: null, recorded: 0, notRecorded: events.length };
  const version = versionOf(input);
  const views = source.data.rows.map((_r, i) => plan.result.rows[i]);
  if (fileKind(ctx, out) === "csv") {
    const unchanged = plan.changes.length === 0 && samePath(ctx, out, source.file);
    if (!unchanged)
      writes.push({
        file: out,
        data: registerCsv(ctx, out, source, plan.changes, plan.added, outputs.noBom),
      });
  } else if (source.kind === "csv") {
    // A new workbook, with a History: the events go there unless --events names another file.
    const eventsHere = eventsFile === undefined || samePath(ctx, out, eventsFile);
    writes.push({
      file: out,
      data: await registerWorkbookBytes(
        source,
        plan.changes,
        plan.added,
        process,
        views,
        lang,
        eventsHere ? { events, version } : undefined,
      ),
    });
    if (eventsHere) outcome = { file: out, recorded: events.length, notRecorded: 0 };
  } else {
    const { book } = source.reg;
    applyChangesToBook(ctx, source.file, source.reg, plan.changes, plan.added);
    const bound = source.bound;
    const eventsHere =
      eventsFile !== undefined ? samePath(ctx, out, eventsFile) : hasHistory(book, process, bound);
    const before = workbookHistory(ctx, out, book, process, bound)?.rows ?? 0;
    if (eventsHere) {
      if (events.length > 0) appendEventsToBook(ctx, out, book, { process, version, events, bound, lang });
      outcome = { file: out, recorded: events.length, notRecorded: 0 };
    }
    const unchanged = plan.changes.length === 0 && events.length === 0 && samePath(ctx, out, source.file);
    if (!unchanged) {
      if (bound) writeProcsheetParts(bookParts(book), [statePart(input, before)]);
      writes.push({ file: out, data: await bookBytes(book) });
    }
  }
  if (eventsFile !== undefined && !samePath(ctx, out, eventsFile)) {
    if (events.length > 0)
      writes.push({
        file: eventsFile,
        data: await historyFileBytes(ctx, eventsFile, {
          process,
          version,
          events,
          lang,
          noBom: outputs.noBom,
        }),
      });
    outcome = { file: eventsFile, recorded: events.length, notRecorded: 0 };
  }
  writeAllAtomic(ctx, writes);
  return outcome;
}

/** Lines to the output a thousand at a time: a write per line is most of the time a large sync takes to print. */
function batchedOut(ctx: Context): { line: (text: string) => void; flush: () => void } {
  let batch: string[] = [];
  const flush = (): void => {
    if (batch.length > 0) ctx.out(batch.join("\n"));
    batch = [];
  };
  return {
    line: (text) => {
      batch.push(text);
      if (batch.length >= 1000) flush();
    },
    flush,
  };
}

function printChanges(ctx: Context, plan: SyncPlan): void {
  if (plan.changes.length === 0) {
    ctx.out(ctx.m.noChanges);
    return;
  }
  const out = batchedOut(ctx);
  eachTableLine(function* () {
    yield ctx.m.changeColumns;
    for (const c of plan.changes) yield [c.id, c.header, c.beforeText || "—", "→", c.afterText || "—"];
  }, out.line);
  out.flush();
}

function printErrors(ctx: Context, source: RegisterSource, errors: readonly RowError[]): void {
  const lines = errors.map((e) => {
    const where = errorPath(e, source);
    const message = errorMessage(e, ctx.lang);
    // Rule problems get their rule path in front; cell problems read by the codec already name their column.
    const named = e.path === undefined && e.params?.column !== undefined;
    const text = where && !named ? `${where}: ${message}` : message;
    return [ctx.m.rowNumber(e.index + 1), e.rowId ?? "", text];
  });
  for (const l of formatTable(lines)) ctx.out(l);
}

/** `procsheet sync <process.json> <register>`: one engine tick (docs/specification.md §3). */
export async function runSync(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "sync", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.sync);
    return EXIT.ok;
  }
  const [definition, registerFile] = expectPositionals(ctx, "sync", args, 2) as [string, string];
  const now = resolveNow(ctx, stringOption(args, "now"));
  const numbers = numberSeparators(ctx, stringOption(args, "number-locale"));
  const outputs: Outputs = {
    out: stringOption(args, "out"),
    events: stringOption(args, "events"),
    noBom: flag(args, "no-bom"),
  };
  if (outputs.out !== undefined) fileKind(ctx, outputs.out);
  if (outputs.events !== undefined) {
    const kind = fileKind(ctx, outputs.events);
    const intoCsvRegister =
      kind === "csv" &&
      [registerFile, outputs.out].some((f) => f !== undefined && samePath(ctx, f, outputs.events as string));
    if (intoCsvRegister) throw badInput(ctx.m.eventsIntoRegister(outputs.events));
    if (outputs.out === undefined) throw badInput(ctx.m.eventsNeedOut);
  }
  // Before any work: a register too large for this process's heap is one line, not a crash minutes later.
  guardSize(ctx, [
    [registerFile, fileKind(ctx, registerFile)],
    ...(outputs.events !== undefined && !samePath(ctx, outputs.events, registerFile)
      ? [[outputs.events, fileKind(ctx, outputs.events), "history"] as const]
      : []),
  ]);
  const { process } = loadProcessFile(ctx, definition);
  const source = await openRegister(ctx, registerFile, process);
  const { data } = source;
  const bound = source.kind === "xlsx" ? source.bound : undefined;
  // Cells go into the register in its own language unless --lang says otherwise.
  const lang = ctx.langExplicit ? ctx.lang : (bound?.binding.lang ?? data.map.lang);
  // An add-in sync that stopped part-way owes History rows; how many it appended shows in History.
  const historyRows =
    source.kind === "xlsx" && bound?.state.journal?.state === "writing"
      ? workbookHistory(ctx, registerFile, source.reg.book, process, bound)?.rows
      : undefined;
  // Rules outside the fast path run in a worker thread with a hard time limit (docs/specification.md §3.8).
  // People (the workbook's sheet, or --people): least-busy passes over members away today (§1.8).
  const peopleOption = stringOption(args, "people");
  const people =
    peopleOption !== undefined
      ? await peopleFile(ctx, peopleOption)
      : source.kind === "xlsx"
        ? workbookPeople(ctx, registerFile, source.reg.book)
        : undefined;
  const rules = nodeThreadHost();
  let plan: SyncPlan;
  try {
    plan = await planSync({
      process,
      map: data.map,
      rows: data.rows,
      lang,
      ...(bound ? { state: bound.state } : {}),
      ...(historyRows !== undefined ? { historyRows } : {}),
      read: { numbers },
      addColumns: true,
      unreadable: data.unreadable,
      readOnly: data.readOnly,
      sync: { now, reroute: flag(args, "reroute"), rules: rules.host, ...(people ? { people } : {}) },
    });
  } finally {
    rules.dispose();
  }
  const history = await save(ctx, { process, source, plan, outputs, lang, now });
  const { result } = plan;

  if (flag(args, "json")) {
    const errors = result.errors.map((e) => ({
      id: e.rowId ?? null,
      path: errorPath(e, source),
      message: errorMessage(e, ctx.lang),
      row: e.index + 1,
    }));
    // Blank rows are no cases: the rows printed are the cases, in input order.
    const rows = result.rows.filter((r) => Object.keys(r).length > 0);
    // In pieces of about 64 KB, each ending a line (ctx.out adds the line end back).
    let chunk = "";
    for (const piece of jsonPieces({ rows, events: plan.events, errors, history })) {
      chunk += piece;
      if (chunk.length >= 65_536 && chunk.endsWith("\n")) {
        ctx.out(chunk.slice(0, -1));
        chunk = "";
      }
    }
    ctx.out(chunk);
  } else {
    ctx.out(ctx.m.syncHeading(resolveText(process.definition.name, ctx.lang), now, registerFile));
    printChanges(ctx, plan);
    const cells = plan.changes.length;
    ctx.out(ctx.m.syncSummary(result.changes.length, cells, plan.events.length, result.errors.length));
    printErrors(ctx, source, result.errors);
    ctx.out(outputs.out === undefined ? ctx.m.dryRun : ctx.m.saved(outputs.out));
    if (history.file !== null && history.recorded > 0)
      ctx.out(ctx.m.eventsAppended(history.recorded, history.file));
  }
  if (history.notRecorded > 0 && outputs.out !== undefined)
    ctx.err(ctx.m.eventsNotRecorded(history.notRecorded, outputs.out));
  return result.errors.length > 0 ? EXIT.failed : EXIT.ok;
}
