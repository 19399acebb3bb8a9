// Two co-authors with Procsheet open on one shared register, each with automatic routing on: only the
// holder of the lease routes, a co-author's Excel takes over when the holder's closes, and nothing is
// routed twice. Each seeded interleaving is compared with one person making the same edits and routing
// at the same points alone (docs/specification.md §5.6).
import { seededRandom } from "../../core/random";
import { columnLetter } from "../../core/register/columns";
import type { ProcessBinding } from "../../workbook/binding";
import { installExcelSimulation, type WorkbookJson } from "../../../test/excel-sim";
import {
  installCoauthoring,
  type Coauthoring,
  type CoauthoringClient,
} from "../../../test/excel-sim/coauthoring";
import { template } from "../../../test/excel-fixtures/sim-fixture";
import { createRegister } from "../register/create-register";
import { syncProcess } from "../sync/run-sync";
import { startAutomation, type Automation } from "./automation";

const NOW = "2026-03-02T10:00:00";
const noSleep = { sleep: async () => undefined };
const SHEET = "Procurement";

/** A new workbook with the procurement register and its sample rows, routed once with its reminders, as a file. */
async function sharedWorkbook(): Promise<{ json: WorkbookJson; binding: ProcessBinding }> {
  const sim = installExcelSimulation({ sheets: ["Start"] });
  try {
    const made = await createRegister(template("procurement"), { lang: "en", sample: true, now: NOW });
    if (!made.ok) throw new Error(made.error.message);
    // With its reminders: the Outbox sheet is there before the file is shared. (A table added on a sheet
    // made after loading a workbook from JSON fails in the simulation with InvalidArgument: its new ids
    // restart at 1 and meet the loaded ones.)
    const synced = await syncProcess({ binding: made.value, now: NOW, run: noSleep, reminders: true });
    if (!synced.ok) throw new Error(synced.error.message);
    return { json: sim.dump(), binding: made.value };
  } finally {
    sim.uninstall();
  }
}

/** An edit a person makes, by case ID (each Excel finds the row in its own view). */
type Edit =
  | { readonly kind: "status"; readonly id: string; readonly status: string }
  | { readonly kind: "amount"; readonly id: string; readonly amount: number }
  | { readonly kind: "new"; readonly item: string; readonly amount: number };

interface View {
  readonly values: readonly (readonly unknown[])[];
}

function sheetView(snapshot: { sheets: Record<string, View | undefined> }): readonly (readonly unknown[])[] {
  return snapshot.sheets[SHEET]?.values ?? [];
}

/** Applies an edit as a person typing in the given Excel (a client of the co-authoring, or a plain simulation). */
function apply(
  person: {
    snapshot(): { sheets: Record<string, View | undefined> };
    setCellByUser(s: string, a: string, v: string | number | boolean): boolean;
  },
  edit: Edit,
): void {
  const values = sheetView(person.snapshot());
  const headers = (values[0] ?? []).map(String);
  const col = (h: string): string => columnLetter(headers.indexOf(h));
  if (edit.kind === "new") {
    const below = values.length + 1;
    person.setCellByUser(SHEET, `${col("Item")}${below}`, edit.item);
    person.setCellByUser(SHEET, `${col("Amount")}${below}`, edit.amount);
    return;
  }
  const row = values.findIndex((r) => r[0] === edit.id) + 1;
  if (row <= 0) return;
  if (edit.kind === "status") person.setCellByUser(SHEET, `${col("Status")}${row}`, edit.status);
  else person.setCellByUser(SHEET, `${col("Amount")}${row}`, edit.amount);
}

interface Op {
  readonly kind: "edit" | "deliver" | "route" | "handover";
  readonly by: number;
  readonly edit?: Edit;
}

/** A seeded sequence: edits by either person, partial deliveries, routing points, an Excel closing. */
function script(seed: number, ids: readonly string[]): Op[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ops: Op[] = [];
  for (let n = 0; n < 24; n++) {
    const r = random();
    const by = random() < 0.5 ? 0 : 1;
    if (r < 0.55) {
      const e = random();
      const edit: Edit =
        e < 0.55
          ? { kind: "status", id: pick(ids), status: pick(["Done", "Done", "In progress", "Cancelled"]) }
          : e < 0.8
            ? { kind: "amount", id: pick(ids), amount: Math.round(random() * 150_000) }
            : { kind: "new", item: `Item ${seed}.${n}`, amount: Math.round(random() * 90_000) };
      ops.push({ kind: "edit", by, edit });
    } else if (r < 0.75) ops.push({ kind: "deliver", by });
    else if (r < 0.95) ops.push({ kind: "route", by });
    else ops.push({ kind: "handover", by });
  }
  ops.push({ kind: "route", by: 0 });
  return ops;
}

async function withAutomation(client: CoauthoringClient, name: string): Promise<Automation> {
  return client.run(() =>
    startAutomation({
      clock: () => NOW,
      name: () => name,
      debounceMs: 3_600_000,
      settleMs: 0,
      renewMs: 3_600_000,
      // Reminders come once at the end (below): when a holder's tick falls is not part of what is compared.
      remindEveryMs: false,
      run: noSleep,
    }),
  );
}

async function routeEverywhere(
  co: Coauthoring,
  automations: (Automation | undefined)[],
  id: string,
): Promise<void> {
  await co.settleCoauthoring();
  for (const [i, a] of automations.entries()) if (a) await co.clients[i]?.run(() => a.flush(id));
  await co.settleCoauthoring();
}

describe("two co-authors with automatic routing on (docs/specification.md §5.6)", () => {
  let shared: { json: WorkbookJson; binding: ProcessBinding };
  beforeAll(async () => {
    shared = await sharedWorkbook();
  });

  it.each(Array.from({ length: 50 }, (_, i) => i + 1))(
    "interleaving %i: no duplicate IDs, every event once, the register as one person alone would leave it",
    async (seed) => {
      const { json, binding } = shared;
      const ids = sheetView({ sheets: { [SHEET]: { values: jsonValues(json) } } })
        .slice(1)
        .map((r) => String(r[0]))
        .filter((id) => id.startsWith("PR-"));
      const ops = script(seed, ids);

      // Alone: the same edits, routed at the same points, then the reminders due, once.
      const alone = installExcelSimulation({ workbook: json });
      try {
        for (const op of ops) {
          if (op.kind === "edit" && op.edit) apply(alone, op.edit);
          // The closing Excel routes what is pending before it lets go (router.ts stop): a routing point too.
          if (op.kind === "route" || op.kind === "handover") {
            await alone.settle();
            const r = await syncProcess({ binding, now: NOW, run: noSleep });
            if (!r.ok) throw new Error(r.error.message);
          }
        }
        const r = await syncProcess({ binding, now: NOW, run: noSleep, reminders: true });
        if (!r.ok) throw new Error(r.error.message);
      } finally {
        alone.uninstall();
      }
      const expected = sheetsOf(alone.snapshot(), binding);

      const co = installCoauthoring({ clients: 2, workbook: json });
      const automations: (Automation | undefined)[] = [undefined, undefined];
      try {
        automations[0] = await withAutomation(co.clients[0] as CoauthoringClient, "Amy");
        await co.settleCoauthoring();
        automations[1] = await withAutomation(co.clients[1] as CoauthoringClient, "孙丽");
        await co.settleCoauthoring();
        expect(automations.map((a) => a?.standing(binding.id).kind).sort()).toEqual(["elsewhere", "routing"]);
        for (const op of ops) {
          const client = co.clients[op.by] as CoauthoringClient;
          if (op.kind === "edit" && op.edit) {
            // Two people typing in the same new row at once is a conflict in Excel too: new rows wait for the other's.
            if (op.edit.kind === "new") await co.settleCoauthoring();
            apply(client, op.edit);
            await client.settle();
          } else if (op.kind === "deliver") co.propagate({ to: op.by });
          else if (op.kind === "route") await routeEverywhere(co, automations, binding.id);
          else if (op.kind === "handover") {
            // The holder's Excel closes; the other's takes over at its next look at the lease.
            const holder = automations.findIndex((a) => a?.standing(binding.id).kind === "routing");
            if (holder < 0) continue;
            await co.settleCoauthoring();
            await co.clients[holder]?.run(() => automations[holder]?.stop());
            automations[holder] = undefined;
            await co.settleCoauthoring();
            const other = 1 - holder;
            await co.clients[other]?.run(() => automations[other]?.renew());
            await co.settleCoauthoring();
            // The closed Excel is opened again: it finds the lease held.
            automations[holder] = await withAutomation(
              co.clients[holder] as CoauthoringClient,
              holder ? "孙丽" : "Amy",
            );
            await co.settleCoauthoring();
          }
        }
        await routeEverywhere(co, automations, binding.id);
        // The holder's Sync now, with the reminders due: under its own lease, as the pane runs it.
        const holder = automations.findIndex((a) => a?.standing(binding.id).kind === "routing");
        const identity = automations[holder]?.identity();
        const synced = await co.clients[holder]?.run(() =>
          syncProcess({
            binding,
            now: NOW,
            run: noSleep,
            reminders: true,
            ...(identity ? { routing: identity } : {}),
          }),
        );
        if (!synced?.ok) throw new Error(synced ? synced.error.message : "no holder");
        await co.settleCoauthoring();
        const got = sheetsOf(co.server.snapshot(), binding);
        const ids = got.register
          .slice(1)
          .map((r) => r[0])
          .filter((id) => id !== "");
        expect(new Set(ids).size).toBe(ids.length);
        expect(got).toEqual(expected);
      } finally {
        for (const [i, a] of automations.entries()) if (a) await co.clients[i]?.run(() => a.stop());
        co.uninstall();
      }
    },
    60_000,
  );
});

function jsonValues(json: WorkbookJson): unknown[][] {
  const sim = installExcelSimulation({ workbook: json });
  try {
    return (sim.snapshot().sheets[SHEET]?.values ?? []) as unknown[][];
  } finally {
    sim.uninstall();
  }
}

/** The register and History as a person sees them. */
function sheetsOf(
  snapshot: { sheets: Record<string, View | undefined> },
  binding: ProcessBinding,
): { register: unknown[][]; history: unknown[][] } {
  void binding;
  return {
    register: (snapshot.sheets[SHEET]?.values ?? []) as unknown[][],
    history: (snapshot.sheets["Procurement History"]?.values ?? []) as unknown[][],
  };
}
