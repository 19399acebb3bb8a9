// Sync of a 100k-row register through the Excel layer, in the simulation with Excel on the web's 5 MB
// limits (issue 4): a first sync (every row new) and one where 1% of rows changed. One JSON line each:
// {"bench":"excel-sync","rows","changedRows","contextSyncs","cellsRead","cellsWritten","maxRequestBytes","ms"}
// Build and run: npx tsc -p tsconfig.bench.json && node lib/bench/excel-sync.js [--rows=100000]
import { syncProcess } from "../src/excel/sync/run-sync";
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
  sim.uninstall();
}

void main();
