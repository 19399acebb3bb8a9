// onChanged: what arrives, with which details and sources. Change tracking and automatic routing run on it.
import { PAGES } from "./pages";
import { all, expectJson, type CheckEnv, type Outcome, type SelfCheck } from "./self-check";

const EVENTS = "test/excel-sim/events.test.ts";
/** How long a check waits for an event Excel should send (they come after the batch, asynchronously). */
const EVENT_WAIT_MS = 3000;
/** How long a check waits to be sure an event Excel should not send does not come. */
const QUIET_WAIT_MS = 1000;

/** Registers on `handlers`, does `act`, and collects events until `enough` or the time is up. */
async function eventsOf<T>(
  env: CheckEnv,
  handlers: OfficeExtension.EventHandlers<T>,
  act: () => void,
  enough: (seen: readonly T[]) => boolean,
  waitMs = EVENT_WAIT_MS,
): Promise<T[]> {
  const seen: T[] = [];
  const registration = handlers.add(async (args) => {
    seen.push(args);
  });
  await env.context.sync();
  act();
  await env.context.sync();
  for (let waited = 0; waited < waitMs && !enough(seen); waited += 50) await env.wait(50);
  registration.remove();
  await env.context.sync();
  return seen;
}

/** The first event, or an Outcome saying none came. */
function first<T>(seen: readonly T[]): T | Outcome {
  return seen[0] ?? { ok: false, observed: false, saw: `no event within ${EVENT_WAIT_MS / 1000} s` };
}

const isOutcome = (v: unknown): v is Outcome => typeof v === "object" && v !== null && "observed" in v;

async function singleCellEvent(env: CheckEnv): Promise<Excel.WorksheetChangedEventArgs | Outcome> {
  const seen = await eventsOf(
    env,
    env.sheet.onChanged,
    () => (env.sheet.getRange("B2").values = [["x"]]),
    (s) => s.length > 0,
  );
  return first(seen);
}

export const EVENT_CHECKS: readonly SelfCheck[] = [
  {
    id: "event-single-cell-details",
    page: PAGES.changedArgs,
    mirrors: EVENTS,
    choice: 12,
    requires: { set: "ExcelApi", version: "1.9" },
    run: async (env) => {
      const e = await singleCellEvent(env);
      if (isOutcome(e)) return e;
      return expectJson(
        { address: "B2", changeType: "RangeEdited", source: "Local", valueAfter: "x" },
        { address: e.address, changeType: e.changeType, source: e.source, valueAfter: e.details?.valueAfter },
      );
    },
  },
  {
    id: "event-trigger-source",
    page: PAGES.changedArgs,
    mirrors: EVENTS,
    requires: { set: "ExcelApi", version: "1.14" },
    run: async (env) => {
      const e = await singleCellEvent(env);
      return isOutcome(e) ? e : expectJson("ThisLocalAddin", e.triggerSource);
    },
  },
  {
    id: "event-multi-cell-no-details",
    page: PAGES.changedArgs,
    mirrors: EVENTS,
    choice: 12,
    requires: { set: "ExcelApi", version: "1.9" },
    run: async (env) => {
      const seen = await eventsOf(
        env,
        env.sheet.onChanged,
        () =>
          (env.sheet.getRange("A1:B2").values = [
            [1, 2],
            [3, 4],
          ]),
        (s) => s.length > 0,
      );
      const e = first(seen);
      if (isOutcome(e)) return e;
      return expectJson(
        { address: "A1:B2", details: "none" },
        { address: e.address, details: e.details ?? "none" },
      );
    },
  },
  {
    id: "event-rows-add-row-inserted",
    page: PAGES.events,
    mirrors: EVENTS,
    choice: 12,
    requires: { set: "ExcelApi", version: "1.7" },
    run: async (env) => {
      env.sheet.getRange("A1:B2").values = [
        ["ID", "Status"],
        ["C-1", "Open"],
      ];
      const table = env.sheet.tables.add("A1:B2", true);
      await env.context.sync();
      const seen = await eventsOf(
        env,
        table.onChanged,
        () => table.rows.add(undefined, [["C-2", "Done"]]),
        (s) => s.length > 0,
      );
      const e = first(seen);
      return isOutcome(e) ? e : expectJson("RowInserted", e.changeType);
    },
  },
  {
    id: "event-sort-range-edited",
    page: PAGES.events,
    mirrors: "test/excel-sim/edge-cases.test.ts",
    choice: 12,
    requires: { set: "ExcelApi", version: "1.7" },
    run: async (env) => {
      env.sheet.getRange("A1:A3").values = [["N"], [2], [1]];
      const table = env.sheet.tables.add("A1:A3", true);
      await env.context.sync();
      const seen = await eventsOf(
        env,
        env.sheet.onChanged,
        () => table.sort.apply([{ key: 0, ascending: true }]),
        (s) => s.length > 0,
      );
      const e = first(seen);
      return isOutcome(e) ? e : all(expectJson("RangeEdited", e.changeType));
    },
  },
  {
    id: "event-filter-silent",
    page: PAGES.events,
    mirrors: "test/excel-sim/edge-cases.test.ts",
    choice: 12,
    requires: { set: "ExcelApi", version: "1.7" },
    run: async (env) => {
      env.sheet.getRange("A1:B3").values = [
        ["ID", "Status"],
        ["C-1", "Open"],
        ["C-2", "Done"],
      ];
      const table = env.sheet.tables.add("A1:B3", true);
      await env.context.sync();
      const seen = await eventsOf(
        env,
        env.sheet.onChanged,
        () => table.columns.getItem("Status").filter.applyValuesFilter(["Open"]),
        () => false,
        QUIET_WAIT_MS,
      );
      return { ok: seen.length === 0, saw: `${seen.length} events in ${QUIET_WAIT_MS / 1000} s` };
    },
  },
];
