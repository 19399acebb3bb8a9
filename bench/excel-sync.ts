// Sync of a 100k-row register through the Excel layer, in the simulation with Excel on the web's 5 MB
// limits (issue 4): a first sync (every row new) and one where 1% of rows changed. One JSON line each:
// {"bench":"excel-sync","rows","changedRows","contextSyncs","cellsRead","cellsWritten","maxRequestBytes","ms"}
// Build and run: npx tsc -p tsconfig.bench.json && node lib/bench/excel-sync.js [--rows=100000]
import type { ProcessDefinition } from "../src/core/definition/types";
import { installExcelSimulation } from "../test/excel-sim";
import { createRegister } from "../src/excel/register/create-register";
import { syncProcess } from "../src/excel/sync/run-sync";

const rowsArg = process.argv.find((a) => a.startsWith("--rows="));
const N = rowsArg ? Number(rowsArg.slice(7)) : 100_000;

const definition: ProcessDefinition = {
  schemaVersion: 1,
  id: "bench",
  idPrefix: "PR",
  name: "Bench",
  fields: [
    { key: "item", header: "Item", type: "text" },
    { key: "amount", header: "Amount", type: "number", format: "money" },
    { key: "category", header: "Category", type: "text" },
    { key: "requester", header: "Requester", type: "person" },
  ],
  roles: { buyers: { members: ["Ann", "Bo", "Cy", "Di"] } },
  steps: [
    { id: "request", name: "Request", owner: [{ assignExpr: "requester" }], slaDays: 1 },
    {
      id: "review",
      name: "Review",
      owner: [{ when: 'category = "IT"', assign: "Ivy" }, { assign: "buyers" }],
      slaDays: 2,
      next: [{ when: "amount > 50000", goto: "approve" }, { goto: "order" }],
    },
    { id: "approve", name: "Approve", owner: "Fay", slaDays: 3 },
    { id: "order", name: "Order", owner: "buyers", slaDays: 5 },
  ],
};

async function main(): Promise<void> {
  const sim = installExcelSimulation({ platform: "web", sheets: ["Start"] });
  const created = await createRegister(definition, { lang: "en", sample: false, now: "2026-03-02T09:00:00" });
  if (!created.ok) throw new Error(created.error.message);
  const binding = created.value;
  // 100k new cases: fields filled, system columns empty (written in blocks under the 5 MB limit).
  await Excel.run(async (context) => {
    const sheet = context.workbook.tables.getItem(binding.tableName).worksheet;
    const block = 5000;
    for (let start = 0; start < N; start += block) {
      const n = Math.min(block, N - start);
      const values = Array.from({ length: n }, (_, k) => {
        const i = start + k;
        return [
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          "",
          `Item ${i}`,
          (i * 7919) % 120000,
          i % 5 === 0 ? "IT" : "Office",
          `Person ${i % 97}`,
        ];
      });
      sheet.getRange(`A${start + 2}:L${start + n + 1}`).values = values;
      await context.sync();
    }
  });

  const measure = async (label: string, now: string): Promise<void> => {
    sim.resetCounters();
    const t0 = performance.now();
    const r = await syncProcess({ binding, now, run: { sleep: async () => undefined } });
    const ms = Math.round(performance.now() - t0);
    if (!r.ok) throw new Error(`${label}: ${r.error.message}`);
    const c = sim.counters();
    console.log(
      JSON.stringify({
        bench: "excel-sync",
        case: label,
        rows: N,
        changedRows: r.value.changedRows,
        contextSyncs: c.syncs,
        cellsRead: c.cellsRead,
        cellsWritten: c.cellsWritten,
        maxRequestBytes: c.maxRequestBytes,
        ms,
      }),
    );
  };
  await measure("first-sync", "2026-03-02T09:00:00");
  // 1% of rows finished by people between syncs.
  const step = 100;
  for (let i = 0; i < N; i += step) sim.setCellByUser("Bench", `C${i + 2}`, "Done");
  await sim.settle();
  await measure("one-percent-changed", "2026-03-03T09:00:00");
  sim.uninstall();
}

void main();
