import type { ProcessBinding } from "../../workbook/binding";
import { seededRandom } from "../../core/random";
import { columnLetter } from "../../core/register/columns";
import { loadMemory } from "../../workbook/state/register-state";
import { readRecords, readTable, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { queueReadState } from "../store/state-store";
import { syncProcess } from "../sync/run-sync";
import type { ExcelSimulation } from "../../../test/excel-sim";
import { startRouter, type Router } from "./router";

const noSleep = { sleep: async () => undefined };
let clockNow = "2026-03-02T10:00:00";
const clock = (): string => clockNow;
// The lease's clock stands still: a run slowed down by a loaded machine must not see its own lease expire
// and take it over again mid-test (a takeover is a case of its own, tested with a moving clock).
const leaseNowMs = Date.UTC(2026, 2, 2, 10, 0);

const routes = { rows: 0, whole: 0 };

async function automatic(binding: ProcessBinding): Promise<Router> {
  return startRouter({
    onRouted: (_report, via) => routes[via]++,
    binding,
    clock,
    me: "pane-1",
    name: "Amy",
    debounceMs: 60_000,
    settleMs: 0,
    renewMs: 3_600_000,
    nowMs: () => leaseNowMs,
    run: noSleep,
  });
}

/** A register's rows by ID, as a person reads them. */
async function byId(binding: ProcessBinding): Promise<Map<string, Record<string, unknown>>> {
  const rows = await readRecords(binding.tableName);
  return new Map(rows.map((r) => [String(r["ID"]), r]));
}

describe("automatic routing (docs/specification.md §3.12)", () => {
  let sim: ExcelSimulation;
  let binding: ProcessBinding;
  let router: Router | undefined;

  beforeEach(async () => {
    ({ sim, binding } = await registerIn(template("procurement")));
    router = undefined;
  });
  afterEach(async () => {
    await router?.stop();
    sim.uninstall();
  });

  it("holds the lease and routes a case marked Done with no button pressed, in three syncs, reading only its row", async () => {
    router = await automatic(binding);
    expect(router.standing()).toEqual({ kind: "routing" });
    await router.flush(); // the takeover's whole sync brings the sample rows up to date
    const before = await byId(binding);
    const [id, row] =
      [...before].find(([, r]) => r["Status"] === "To do" && r["Step"] === "Purchase requisition") ?? [];
    if (!id || !row) throw new Error("no open case in the sample");
    const records = await readRecords(binding.tableName);
    const at = records.findIndex((r) => r["ID"] === id);
    sim.resetCounters();
    clockNow = "2026-03-02T11:00:00";
    expect(sim.setCellByUser("Procurement", `C${at + 2}`, "Done")).toBe(true);
    await sim.settle();
    await router.flush();
    const c = sim.counters();
    const after = (await byId(binding)).get(id);
    expect(after?.["Step"]).not.toBe("Purchase requisition");
    expect(after?.["Status"]).toBe("To do");
    expect(after?.["Owner"]).not.toBe("");
    expect(c.syncs).toBe(3);
    // Header, the row, History's first row, the lease (twice), the row's ID and the cells to change; People.
    const people = (await readTable("PS_People")).length * 8;
    expect(c.cellsRead - people).toBeLessThan(300);
  });
});

describe("automatic routing and People (docs/specification.md §1.8)", () => {
  it("routes new rows to the buyer present when People says the others are away, reading only those rows", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    const router = await automatic(binding);
    try {
      await router.flush();
      // People lists the roles' members first to last: 孙丽, Jack Wang, 何静 are the buyers.
      const names = (await readRecords("PS_People")).map((r) => String(r["Name"]));
      for (const who of ["孙丽", "何静"])
        sim.setCellByUser("People", `D${names.indexOf(who) + 2}`, "2026-03-31");
      const table = await readTable(binding.tableName);
      const headers = (table[0] ?? []).map(String);
      const col = (h: string): string => columnLetter(headers.indexOf(h));
      const below = table.length + 1;
      routes.rows = routes.whole = 0;
      for (let k = 0; k < 3; k++) {
        sim.setCellByUser("Procurement", `${col("Item")}${below + k}`, `Printer ${k}`);
        sim.setCellByUser("Procurement", `${col("Amount")}${below + k}`, 1200);
      }
      await sim.settle();
      await router.flush();
      expect(routes).toEqual({ rows: 1, whole: 0 });
      const added = (await readRecords(binding.tableName)).slice(-3);
      expect(added.map((r) => r["Owner"])).toEqual(["Jack Wang", "Jack Wang", "Jack Wang"]);
    } finally {
      await router.stop();
      sim.uninstall();
    }
  });
});

/**
 * The differential test the issue asks for: a seeded sequence of edits people make — statuses changed,
 * fields edited, owners typed, rows typed and pasted below the register, rows deleted and the table sorted
 * by co-authors — each routed by the automatic router (reading only what changed where it can), and after
 * each, the same workbook as it stood before routing given to a whole sync instead: the register, History
 * and the router's memory of open cases per owner must come out the same.
 */
describe("automatic routing gives what a whole sync gives", () => {
  it.each([11, 23])(
    "after every one of 220 seeded edits (seed %i)",
    async (seed) => {
      const { sim, binding } = await registerIn(template("procurement"));
      const router = await automatic(binding);
      try {
        await router.flush();
        routes.rows = routes.whole = 0;
        await differential(sim, binding, router, seed, 220);
        // Most edits are routed reading only the rows they touched; deletions and sorts read the whole register.
        expect(routes.rows).toBeGreaterThan(routes.whole * 2);
      } finally {
        await router.stop();
        sim.uninstall();
      }
    },
    120_000,
  );
});

async function differential(
  sim: ExcelSimulation,
  binding: ProcessBinding,
  router: Router,
  seed: number,
  edits: number,
): Promise<void> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sheet = "Procurement";
  let minutes = 0;
  for (let n = 0; n < edits; n++) {
    minutes += 17 + Math.floor(random() * 400);
    clockNow = at(minutes);
    const table = await readTable(binding.tableName);
    const headers = (table[0] ?? []).map(String);
    const col = (h: string): string => columnLetter(headers.indexOf(h));
    const rows = table.length - 1;
    const row = 2 + Math.floor(random() * rows);
    const below = table.length + 1;
    const kind = pick(["status", "status", "status", "field", "owner", "new", "paste", "delete", "sort"]);
    switch (kind) {
      case "status":
        sim.setCellByUser(
          sheet,
          `${col("Status")}${row}`,
          pick(["Done", "Done", "In progress", "Blocked", "Cancelled", "To do"]),
        );
        break;
      case "field":
        if (random() < 0.5)
          sim.user.setRangeByUser(sheet, `${col("Amount")}${row}`, [[Math.round(random() * 200_000)]]);
        else
          sim.setCellByUser(sheet, `${col("Item")}${row}`, pick(["Laptop", "Desk", "标签打印机", "Chairs"]));
        break;
      case "owner":
        sim.setCellByUser(sheet, `${col("Owner")}${row}`, pick(["孙丽", "Jack Wang", "何静", "Kevin Ma"]));
        break;
      case "new":
        sim.setCellByUser(sheet, `${col("Item")}${below}`, pick(["Printer", "Monitor", "纸张"]));
        sim.setCellByUser(sheet, `${col("Amount")}${below}`, Math.round(random() * 120_000));
        break;
      case "paste": {
        const count = 2 + Math.floor(random() * 2);
        const first = col("Item");
        const last = col("Amount");
        sim.user.setRangeByUser(
          sheet,
          `${first}${below}:${last}${below + count - 1}`,
          Array.from({ length: count }, (_, k) => [
            `Pasted ${n}.${k}`,
            pick(["IT", "Office supplies"]),
            500 + k * 70_000,
          ]),
        );
        break;
      }
      case "delete":
        sim.coauthor.deleteRows(sheet, row, 1);
        break;
      case "sort":
        sim.coauthor.sortTable(binding.tableName, pick(["Amount", "ID", "Item"]), random() < 0.5);
        break;
    }
    await sim.settle();
    const edited = sim.dump();
    await router.flush();
    const routed = await contents(binding);
    const routedDump = sim.dump();
    sim.load(edited);
    const whole = await syncProcess({
      binding,
      now: clockNow,
      routing: { me: "pane-1", name: "Amy", nowMs: leaseNowMs },
      run: noSleep,
    });
    if (!whole.ok) throw new Error(whole.error.message);
    const expected = await contents(binding);
    expect({ n, kind, ...routed }).toEqual({ n, kind, ...expected });
    sim.load(routedDump);
  }
}

function at(minutes: number): string {
  const t = Date.UTC(2026, 2, 2, 9, 0) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 19);
}

/** What a person sees (the register and History) and what the router remembers of open cases per owner. */
async function contents(binding: ProcessBinding): Promise<Record<string, unknown>> {
  const register = await readTable(binding.tableName);
  const history = await readTable(binding.historyTableName);
  const state = await Excel.run(async (context) => {
    const get = queueReadState(context, binding);
    await context.sync();
    return get();
  });
  const memory = loadMemory("PR", state.memory);
  return { register, history, workload: memory?.workload, highest: memory?.highestCase };
}
