// Sync of a 100k-row register through the Excel layer, in the simulation with Excel on the web's 5 MB
// limits: a first sync (every row new), one where 1% of rows changed, and one status edit routed by
// automatic mode (docs/specification.md §3.12: ≤ 3 syncs and ≤ 5,000 cells read at 100,000 rows). One JSON
// line each:
// {"bench":"excel-sync","case","rows","changedRows","contextSyncs","cellsRead","cellsWritten","maxRequestBytes","ms"}
// Build and run: npx tsc -p tsconfig.bench.json && node lib/bench/excel-sync.js [--rows=100000]
import { startRouter } from "../src/excel/automation/router";
import { syncProcess, type SyncReport } from "../src/excel/sync/run-sync";
import { largeRegister, LARGE_SHEET } from "../test/excel-fixtures/large-register";

const rowsArg = process.argv.find((a) => a.startsWith("--rows="));
const N = rowsArg ? Number(rowsArg.slice(7)) : 100_000;

async function main(): Promise<void> {
  const { sim, binding } = await largeRegister(N);

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
  for (let i = 0; i < N; i += step) sim.setCellByUser(LARGE_SHEET, `C${i + 2}`, "Done");
  await sim.settle();
  await measure("one-percent-changed", "2026-03-03T09:00:00");

  // Automatic mode: the router takes the lease (and the workbook's state with it), then one person marks
  // one case Done, and the router routes that edit alone.
  let routed: SyncReport | undefined;
  const router = await startRouter({
    binding,
    clock: () => "2026-03-04T09:00:00",
    me: "bench",
    name: "Bench",
    debounceMs: 3_600_000,
    settleMs: 0,
    renewMs: 3_600_000,
    run: { sleep: async () => undefined },
    onRouted: (report) => (routed = report),
  });
  await router.flush();
  sim.setCellByUser(LARGE_SHEET, `C${Math.floor(N / 2) + 1}`, "Done");
  await sim.settle();
  sim.resetCounters();
  const t0 = performance.now();
  await router.flush();
  const ms = Math.round(performance.now() - t0);
  const c = sim.counters();
  console.log(
    JSON.stringify({
      bench: "excel-sync",
      case: "one-edit",
      rows: N,
      changedRows: routed?.changedRows ?? 0,
      contextSyncs: c.syncs,
      cellsRead: c.cellsRead,
      cellsWritten: c.cellsWritten,
      maxRequestBytes: c.maxRequestBytes,
      ms,
    }),
  );
  await router.stop();
  sim.uninstall();
}

void main();
