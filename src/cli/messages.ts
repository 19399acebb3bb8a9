import type { SetAsideReason } from "../core/analysis/set-aside";
import "../words/cli-help";
import "../words/cli-learn";
import "../words/cli-problems";
import "../words/cli-reports";
import "../words/sheet";
import type { Catalogue } from "../words/catalogue";
import type { Lang } from "../words/lang";
import type { ParamsOf } from "../words/params";
import { say, sayKnown } from "../words/say";
import type { ReminderKind } from "../core/sync/events";
import { reminderLabel } from "../workbook/history/event-words";

/** A bad-input message: what is wrong, and what to do about it (printed `procsheet: what — todo`). */
export type Problem = readonly [what: string, todo: string];

/**
 * Every text the command line shows a person, as the commands ask for it. The words themselves live in
 * the catalogue (src/words/cli-*.ts); these are thin typed accessors that keep the call sites readable.
 */
export interface Messages {
  readonly help: Readonly<
    Record<
      | "main"
      | "validate"
      | "test"
      | "sync"
      | "analyze"
      | "backtest"
      | "export"
      | "init"
      | "catalog"
      | "notify",
      string
    >
  >;

  // arguments
  noCommand: Problem;
  unknownCommand(name: string): Problem;
  unknownOption(command: string, option: string): Problem;
  optionValue(command: string, option: string): Problem;
  badArguments(command: string, detail: string): Problem;
  missingArguments(command: string): Problem;
  extraArguments(command: string, extra: string): Problem;
  badLang(value: string): Problem;
  badNow(value: string): Problem;
  badNumberLocale(value: string): Problem;
  internal(detail: string): Problem;

  // files
  fileMissing(file: string): Problem;
  isDirectory(file: string): Problem;
  fileUnreadable(file: string, reason: string): Problem;
  cannotWrite(file: string, reason: string): Problem;
  unsupportedFile(file: string): Problem;
  invalidDefinition(file: string, count: number, first: string): Problem;
  unknownTemplate(id: string, known: readonly string[]): Problem;
  csvMalformed(file: string, detail: string): Problem;
  undecodable(file: string, offset: number): Problem;
  cannotEncode(file: string, encoding: string): Problem;
  readEncoding(file: string, encoding: string): string;
  xlsxUnreadable(file: string, detail: string): Problem;
  tooLarge(
    file: string,
    rows: number,
    sizeMB: number,
    needMB: number,
    limitMB: number,
    suggestMB: number,
  ): Problem;
  xlsxNoSheet(file: string): Problem;
  registerEmpty(file: string): Problem;
  registerNoMatch(file: string): Problem;
  registerShape(file: string, detail: string): Problem;
  columnBlocked(file: string, header: string, cell: string): Problem;
  eventsIntoRegister(file: string): Problem;
  historyNotFound(file: string): Problem;
  historyColumns(file: string, missing: string): Problem;
  historyBadLine(file: string, where: string, detail: string): Problem;
  historyBlocked(file: string, sheet: string, cells: string): Problem;
  registerAmbiguous(file: string, places: readonly string[], table: string): Problem;
  readonly eventsNeedOut: Problem;
  outRequired: Problem;
  outNotXlsx(file: string): Problem;
  outExists(file: string): Problem;
  lineLabel(line: number): string;
  rowLabel(sheet: string, row: number): string;
  readonly eventNoCase: string;
  eventType(value: string): string;
  eventAt(value: string): string;
  readonly eventStep: string;
  eventStatus(value: string): string;

  // validate / test
  valid(file: string, name: string, id: string, steps: number, fields: number, tests: number): string;
  invalid(file: string, count: number): string;
  testSummary(total: number, passed: number, failed: number): string;
  readonly noTests: string;

  // sync
  syncHeading(name: string, now: string, file: string): string;
  readonly changeColumns: readonly [id: string, column: string, old: string, arrow: string, now: string];
  readonly noChanges: string;
  syncSummary(rows: number, cells: number, events: number, errors: number): string;
  rowNumber(row: number): string;
  readonly dryRun: string;
  saved(file: string): string;
  eventsAppended(count: number, file: string): string;
  eventsNotRecorded(count: number, file: string): string;

  // analyze
  analyzeHeading(name: string, events: number, now: string): string;
  cases(closed: number, cancelled: number, open: number): string;
  setAsideExample(caseId: string, type: string, step: string, at: string): string;
  setAside(reason: SetAsideReason, count: number, examples: readonly string[], more: number): string;
  casesWithoutCreated(count: number, examples: readonly string[], more: number): string;
  readonly statsColumns: readonly [count: string, mean: string, p50: string, p85: string, p95: string];
  /** What p50, p85 and p95 mean, under the table that shows them. */
  readonly statsHelp: string;
  readonly cycleTime: string;
  readonly calendarDays: string;
  readonly workingDays: string;
  goalCycle(days: number): string;
  readonly stepTime: string;
  readonly wipTitle: string;
  readonly wipColumns: readonly [open: string, oldest: string];
  throughputTitle(shown: number, total: number): string;
  onTime(rate: string, target: string | undefined): string;
  forecast(open: number, p50: string, p85: string, p95: string, trials: number): string;
  readonly forecastNone: string;
  readonly forecastDone: string;
  notEnoughClosed(closed: number, min: number): string;
  onTimeByStep(steps: readonly (readonly [step: string, rate: string])[]): string;
  breaches(count: number, open: number): string;
  readonly noBreaches: string;
  breach(caseId: string, step: string, due: string, left: string | null, days: number): string;
  breachesMore(more: number): string;
  datesFromRegister(count: number, examples: readonly string[], more: number): string;

  // backtest
  backtestHeading(current: string, draft: string, cases: number, visits: number): string;
  readonly backtestSame: string;
  backtestOwners(count: number): string;
  backtestNexts(count: number): string;
  backtestChange(caseId: string, step: string, before: string, after: string): string;
  readonly backtestNoStep: string;
  readonly backtestLoad: string;
  backtestMissing(count: number, examples: readonly string[], more: number): string;
  readonly backtestOnTime: string;
  backtestErrors(count: number): string;
  backtestError(caseId: string, step: string | null, message: string): string;

  // export
  exportWritten(file: string, format: string, cases: number, events: number, offset: string): string;
  readonly exportNoRegister: string;
  readonly exportNoOutput: Problem;
  exportOutKind(option: string, file: string, ext: string): Problem;
  exportOverInput(file: string): Problem;
  badOffset(value: string): Problem;

  // init
  initDone(
    file: string,
    sheet: string,
    table: string,
    columns: number,
    rows: number,
    history: string,
  ): string;
  initEmbedded(id: string, version: number, store: string | undefined): string;
  badStore(value: string): Problem;
  manifestUnreadable(file: string, reason: string): Problem;
  readonly validationTitle: string;
  readonly validationError: string;

  // notify
  readonly notify: NotifyMessages;

  // catalog
  catalogNoFolder(folder: string): Problem;
  catalogValid(file: string, name: string, id: string, version: number, newest: number | undefined): string;
  catalogInvalid(file: string, count: number): string;
  catalogDuplicate(file: string, other: string): string;
  catalogDuplicateWarning(file: string, other: string, id: string, version: number): string;
  catalogLinkSkipped(file: string): string;
  readonly catalogEmpty: string;
  catalogWritten(file: string, files: number, invalid: number): string;
}

/** What `procsheet notify` says. */
export interface NotifyMessages {
  heading(name: string, now: string, file: string): string;
  readonly columns: readonly string[];
  readonly none: string;
  kind(kind: ReminderKind, level: number | undefined): string;
  queued(count: number, events: number, file: string): string;
  readonly dryRun: string;
  sent(sent: number, tried: number, channel: string, pending: number, failed: number, file: string): string;
  readonly noTransport: string;
  noManager(caseId: string, level: number, owner: string): string;
  failedLine(to: string, caseId: string, error: string): string;
  missingPeople(names: readonly string[]): string;
  outboxBlocked(file: string, sheet: string, cells: string): Problem;
  peopleInvalid(file: string, problem: string): Problem;
  readonly needsHistory: Problem;
  delivery(detail: string): Problem;
}

type ProblemKey = keyof Catalogue extends infer K ? (K extends `cli.${infer P}.what` ? P : never) : never;
// What a problem's two entries name between them: their English texts read as one.
type ProblemParams<P extends ProblemKey> =
  ParamsOf<`${Catalogue[`cli.${P}.what`]["en"]} ${Catalogue[`cli.${P}.todo`]["en"]}`>;

function messages(lang: Lang): Messages {
  const problem = <P extends ProblemKey>(key: P, params: ProblemParams<P>): Problem => [
    sayKnown(`cli.${key}.what`, params, lang) ?? key,
    sayKnown(`cli.${key}.todo`, params, lang) ?? key,
  ];
  return {
    help: {
      main: say("cli.help.main", {}, lang),
      validate: say("cli.help.validate", {}, lang),
      test: say("cli.help.test", {}, lang),
      sync: say("cli.help.sync", {}, lang),
      analyze: say("cli.help.analyze", {}, lang),
      backtest: say("cli.help.backtest", {}, lang),
      export: say("cli.help.export", {}, lang),
      init: say("cli.help.init", {}, lang),
      catalog: say("cli.help.catalog", {}, lang),
      notify: say("cli.help.notify", {}, lang),
    },
    notify: {
      heading: (name, now, file) => say("cli.notifyHeading", { name, now, file }, lang),
      columns: say("cli.notifyColumns", {}, lang).split("|"),
      none: say("cli.notifyNone", {}, lang),
      kind: (kind, level) => {
        const label = reminderLabel(kind, lang);
        return level === undefined ? label : say("cli.notifyLevel", { kind: label, level }, lang);
      },
      queued: (count, events, file) => say("cli.notifyQueued", { count, events, file }, lang),
      dryRun: say("cli.notifyDryRun", {}, lang),
      sent: (sent, tried, channel, pending, failed, file) =>
        say("cli.notifySent", { sent, tried, channel, pending, failed, file }, lang),
      noTransport: say("cli.notifyNoTransport", {}, lang),
      noManager: (caseId, level, owner) => say("cli.notifyNoManager", { caseId, level, owner }, lang),
      failedLine: (to, caseId, error) => say("cli.notifyFailedLine", { to, caseId, error }, lang),
      missingPeople: (names) =>
        say(
          "people.missing",
          { n: names.length, names: names.join(say("cli.listSeparator", {}, lang)) },
          lang,
        ),
      outboxBlocked: (file, sheet, cells) => problem("outboxBlocked", { file, sheet, cells }),
      peopleInvalid: (file, p) => problem("peopleInvalid", { file, problem: p }),
      needsHistory: problem("notifyNeedsHistory", {}),
      delivery: (detail) => problem("notifyDelivery", { detail }),
    },
    noCommand: problem("noCommand", {}),
    unknownCommand: (name) => problem("unknownCommand", { name }),
    unknownOption: (command, option) => problem("unknownOption", { command, option }),
    optionValue: (command, option) => problem("optionValue", { command, option }),
    badArguments: (command, detail) => problem("badArguments", { command, detail }),
    missingArguments: (command) => problem("missingArguments", { command }),
    extraArguments: (command, extra) => problem("extraArguments", { command, extra }),
    badLang: (value) => problem("badLang", { value }),
    badNow: (value) => problem("badNow", { value }),
    badNumberLocale: (value) => problem("badNumberLocale", { value }),
    internal: (detail) => problem("internal", { detail }),
    fileMissing: (file) => problem("fileMissing", { file }),
    isDirectory: (file) => problem("isDirectory", { file }),
    fileUnreadable: (file, reason) => problem("fileUnreadable", { file, reason }),
    cannotWrite: (file, reason) => problem("cannotWrite", { file, reason }),
    unsupportedFile: (file) => problem("unsupportedFile", { file }),
    invalidDefinition: (file, count, first) => problem("invalidDefinition", { file, count, first }),
    unknownTemplate: (id, known) =>
      known.length > 0
        ? problem("unknownTemplate", { id, known: known.join(say("cli.listSeparator", {}, lang)) })
        : [say("cli.unknownTemplate.what", { id }, lang), say("cli.unknownTemplate.todoNone", {}, lang)],
    csvMalformed: (file, detail) => problem("csvMalformed", { file, detail }),
    undecodable: (file, offset) => problem("undecodable", { file, offset }),
    cannotEncode: (file, encoding) => problem("cannotEncode", { file, encoding }),
    readEncoding: (file, encoding) => say("cli.readEncoding", { file, encoding }, lang),
    xlsxUnreadable: (file, detail) => problem("xlsxUnreadable", { file, detail }),
    // The suggestion is pasted into NODE_OPTIONS: digits only (Node refuses "2,048" as a bad option).
    tooLarge: (file, rows, size, need, limit, suggest) =>
      problem("tooLarge", { file, rows, size, need, limit, suggest: String(suggest) }),
    xlsxNoSheet: (file) => problem("xlsxNoSheet", { file }),
    registerEmpty: (file) => problem("registerEmpty", { file }),
    registerNoMatch: (file) => problem("registerNoMatch", { file }),
    registerShape: (file, detail) => problem("registerShape", { file, detail }),
    columnBlocked: (file, header, cell) => problem("columnBlocked", { file, header, cell }),
    eventsIntoRegister: (file) => problem("eventsIntoRegister", { file }),
    historyNotFound: (file) => problem("historyNotFound", { file }),
    historyColumns: (file, missing) => problem("historyColumns", { file, missing }),
    historyBadLine: (file, where, detail) => problem("historyBadLine", { file, where, detail }),
    historyBlocked: (file, sheet, cells) => problem("historyBlocked", { file, sheet, cells }),
    registerAmbiguous: (file, places, table) =>
      problem("registerAmbiguous", {
        file,
        places: places.join(say("cli.listSeparator", {}, lang)),
        table,
      }),
    eventsNeedOut: problem("eventsNeedOut", {}),
    outRequired: problem("outRequired", {}),
    outNotXlsx: (file) => problem("outNotXlsx", { file }),
    outExists: (file) => problem("outExists", { file }),
    lineLabel: (line) => say("cli.lineLabel", { line }, lang),
    rowLabel: (sheet, row) => say("cli.rowLabel", { sheet, row }, lang),
    eventNoCase: say("cli.eventNoCase", {}, lang),
    eventType: (value) => say("cli.eventType", { value }, lang),
    eventAt: (value) => say("cli.eventAt", { value }, lang),
    eventStep: say("cli.eventStep", {}, lang),
    eventStatus: (value) => say("cli.eventStatus", { value }, lang),
    valid: (file, name, id, steps, fields, tests) =>
      say("cli.valid", { file, name, id, steps, fields, tests }, lang),
    invalid: (file, count) => say("cli.invalid", { file, count }, lang),
    testSummary: (total, passed, failed) => say("cli.testSummary", { total, passed, failed }, lang),
    noTests: say("cli.noTests", {}, lang),
    syncHeading: (name, now, file) => say("cli.syncHeading", { name, now, file }, lang),
    changeColumns: [
      say("cli.changeId", {}, lang),
      say("cli.changeColumn", {}, lang),
      say("cli.changeOld", {}, lang),
      "",
      say("cli.changeNew", {}, lang),
    ],
    noChanges: say("cli.noChanges", {}, lang),
    syncSummary: (rows, cells, events, errors) =>
      say("cli.syncSummary", { rows, cells, events, errors }, lang),
    rowNumber: (row) => say("cli.rowNumber", { row }, lang),
    dryRun: say("cli.dryRun", {}, lang),
    saved: (file) => say("cli.saved", { file }, lang),
    eventsAppended: (count, file) => say("cli.eventsAppended", { count, file }, lang),
    eventsNotRecorded: (count, file) => say("cli.eventsNotRecorded", { count, file }, lang),
    analyzeHeading: (name, events, now) => say("cli.analyzeHeading", { name, events, now }, lang),
    cases: (closed, cancelled, open) => say("cli.cases", { closed, cancelled, open }, lang),
    setAsideExample: (caseId, type, step, at) => say("cli.setAsideExample", { caseId, type, step, at }, lang),
    setAside: (reason, count, examples, more) => {
      const list = examples.join(say("cli.listSeparator", {}, lang));
      const text = say(`cli.setAside.${reason}`, { count, examples: list }, lang);
      return more > 0 ? text + say("cli.andMore", { more }, lang) : text;
    },
    casesWithoutCreated: (count, examples, more) => {
      const list = examples.join(say("cli.listSeparator", {}, lang));
      const text = say("cli.casesWithoutCreated", { count, examples: list }, lang);
      return more > 0 ? text + say("cli.andMore", { more }, lang) : text;
    },
    statsColumns: [
      say("cli.statsCount", {}, lang),
      say("cli.statsMean", {}, lang),
      say("cli.statsP50", {}, lang),
      say("cli.statsP85", {}, lang),
      say("cli.statsP95", {}, lang),
    ],
    statsHelp: say("cli.statsHelp", {}, lang),
    cycleTime: say("cli.cycleTime", {}, lang),
    calendarDays: say("cli.calendarDays", {}, lang),
    workingDays: say("cli.workingDays", {}, lang),
    goalCycle: (days) => say("cli.goalCycle", { days }, lang),
    stepTime: say("cli.stepTime", {}, lang),
    wipTitle: say("cli.wipTitle", {}, lang),
    wipColumns: [say("cli.wipOpen", {}, lang), say("cli.wipOldest", {}, lang)],
    throughputTitle: (shown, total) =>
      shown < total
        ? say("cli.throughputTitleSome", { shown, total }, lang)
        : say("cli.throughputTitle", {}, lang),
    onTime: (rate, target) =>
      target ? say("cli.onTimeGoal", { rate, target }, lang) : say("cli.onTime", { rate }, lang),
    forecast: (open, p50, p85, p95, trials) => say("cli.forecast", { open, p50, p85, p95, trials }, lang),
    forecastNone: say("cli.forecastNone", {}, lang),
    forecastDone: say("cli.forecastDone", {}, lang),
    notEnoughClosed: (closed, min) => say("cli.notEnoughClosed", { closed, min }, lang),
    onTimeByStep: (steps) =>
      say(
        "cli.onTimeByStep",
        {
          list: steps
            .map(([step, rate]) => say("cli.onTimeStep", { step, rate }, lang))
            .join(say("cli.listSeparator", {}, lang)),
        },
        lang,
      ),
    breaches: (count, open) => say("cli.breaches", { count, open }, lang),
    noBreaches: say("cli.noBreaches", {}, lang),
    breach: (caseId, step, due, left, days) =>
      left === null
        ? say("cli.breachOpen", { caseId, step, due, days }, lang)
        : say("cli.breachLeft", { caseId, step, due, left, days }, lang),
    breachesMore: (more) => say("cli.breachesMore", { more }, lang),
    datesFromRegister: (count, examples, more) => {
      const list = examples.join(say("cli.listSeparator", {}, lang));
      const text = say("cli.datesFromRegister", { count, examples: list }, lang);
      return more > 0 ? text + say("cli.andMore", { more }, lang) : text;
    },
    backtestHeading: (current, draft, cases, visits) =>
      say("cli.backtestHeading", { current, draft, cases, visits }, lang),
    backtestSame: say("cli.backtestSame", {}, lang),
    backtestOwners: (count) => say("cli.backtestOwners", { count }, lang),
    backtestNexts: (count) => say("cli.backtestNexts", { count }, lang),
    backtestChange: (caseId, step, before, after) =>
      say("cli.backtestChange", { caseId, step, before, after }, lang),
    backtestNoStep: say("cli.backtestNoStep", {}, lang),
    backtestLoad: say("cli.backtestLoad", {}, lang),
    backtestMissing: (count, examples, more) => {
      const list = examples.join(say("cli.listSeparator", {}, lang));
      const text = say("cli.backtestMissing", { count, examples: list }, lang);
      return more > 0 ? text + say("cli.andMore", { more }, lang) : text;
    },
    backtestOnTime: say("cli.backtestOnTime", {}, lang),
    backtestErrors: (count) => say("cli.backtestErrors", { count }, lang),
    backtestError: (caseId, step, message) =>
      say("cli.backtestError", { caseId, step: step ?? say("cli.backtestCase", {}, lang), message }, lang),
    exportWritten: (file, format, cases, events, offset) =>
      say("cli.exportWritten", { file, format, cases, events, offset }, lang),
    exportNoRegister: say("cli.exportNoRegister", {}, lang),
    exportNoOutput: problem("exportNoOutput", {}),
    exportOutKind: (option, file, ext) => problem("exportOutKind", { option, file, ext }),
    exportOverInput: (file) => problem("exportOverInput", { file }),
    badOffset: (value) => problem("badOffset", { value }),
    initDone: (file, sheet, table, columns, rows, history) =>
      say("cli.initDone", { file, sheet, table, columns, rows, history }, lang),
    initEmbedded: (id, version, store) =>
      store === undefined
        ? say("cli.initEmbeddedNoOpen", { id, version }, lang)
        : say("cli.initEmbedded", { id, version, store }, lang),
    badStore: (value) => problem("badStore", { value }),
    manifestUnreadable: (file, reason) => problem("manifestUnreadable", { file, reason }),
    validationTitle: say("sheet.validation.title", {}, lang),
    validationError: say("sheet.validation.error", {}, lang),
    catalogNoFolder: (folder) => problem("catalogNoFolder", { folder }),
    catalogValid: (file, name, id, version, newest) =>
      newest !== undefined
        ? say("cli.catalogValidOlder", { file, name, id, version, newest }, lang)
        : say("cli.catalogValid", { file, name, id, version }, lang),
    catalogInvalid: (file, count) => say("cli.catalogInvalid", { file, count }, lang),
    catalogDuplicate: (file, other) => say("cli.catalogDuplicate", { file, other }, lang),
    catalogDuplicateWarning: (file, other, id, version) =>
      say("cli.catalogDuplicateWarning", { file, other, id, version }, lang),
    catalogLinkSkipped: (file) => say("cli.catalogLinkSkipped", { file }, lang),
    catalogEmpty: say("cli.catalogEmpty", {}, lang),
    catalogWritten: (file, files, bad) =>
      bad > 0
        ? say("cli.catalogWrittenSomeBad", { file, files, bad }, lang)
        : say("cli.catalogWritten", { file, files }, lang),
  };
}

const made = new Map<Lang, Messages>();

export function messagesFor(lang: Lang): Messages {
  const hit = made.get(lang) ?? messages(lang);
  made.set(lang, hit);
  return hit;
}
