import { useMemo, useState } from "react";
import type { ExcelSimulation } from "../../test/excel-sim";
import { chartData } from "./chart-data";
import { ChartView } from "./chart-view";
import { Grid, VIRTUALISE_FROM } from "./grid";
import { ShapesView } from "./shapes-view";
import { activeSheet, selectedCell, sheetOf, sheetView, visibleSheets } from "./grid-model";
import { cellAddress } from "../../test/excel-sim/address";
import type { WorkbenchStrings } from "./strings";
import { useSimVersion } from "./use-sim-version";

function hiddenText(s: WorkbenchStrings, hidden: number, filtered: boolean): string {
  if (hidden === 0) return s.noHidden;
  return s.say(filtered ? "workbench.hiddenRows" : "workbench.hiddenRowsPlain", { n: hidden });
}

/** The simulated workbook: sheet tabs, a status line, the charts on the active sheet and its grid. */
export function WorkbookView({ sim, s }: { readonly sim: ExcelSimulation; readonly s: WorkbenchStrings }) {
  const version = useSimVersion(sim);
  const [message, setMessage] = useState<string | undefined>();
  const sheets = visibleSheets(sim);
  const active = activeSheet(sim);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` stands for every workbook change
  const view = useMemo(() => sheetView(sim, active), [sim, active, version]);
  const charts = useMemo(
    () => (sheetOf(sim, active)?.charts ?? []).map((c) => chartData(sim, c)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sim, active, version],
  );
  const shapes = sheetOf(sim, active)?.shapes ?? [];
  const selected = selectedCell(sim, active);

  const openSheet = (name: string) => {
    // A sheet opens with its top-left cell selected, as a click on its tab does in Excel.
    sim.user.select(name, "A1");
    setMessage(undefined);
  };

  return (
    <section className="book" aria-label={s.workbook}>
      <div role="tablist" aria-label={s.sheets} className="sheet-tabs">
        {sheets.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            tabIndex={name === active ? 0 : -1}
            className="sheet-tab"
            data-sheet={name}
            onClick={() => openSheet(name)}
            onKeyDown={(e) => {
              const i = sheets.indexOf(name);
              const to =
                e.key === "ArrowRight" ? sheets[i + 1] : e.key === "ArrowLeft" ? sheets[i - 1] : undefined;
              if (!to) return;
              e.preventDefault();
              openSheet(to);
              e.currentTarget.parentElement
                ?.querySelector<HTMLElement>(`[data-sheet="${CSS.escape(to)}"]`)
                ?.focus();
            }}
          >
            {name}
          </button>
        ))}
      </div>
      <p className="status-line" data-testid="status-line">
        <span role="status" data-testid="hidden-rows">
          {view ? hiddenText(s, view.hidden, view.filtered) : ""}
        </span>
        {selected && (
          <span>{s.say("workbench.selected", { address: cellAddress(selected.row, selected.col) })}</span>
        )}
        <span>{s.say("workbench.syncs", { n: sim.counters().syncs })}</span>
        {view && view.rows.length > VIRTUALISE_FROM && (
          <span>{s.say("workbench.virtualised", { n: view.rows.length })}</span>
        )}
        <span className="hint">{s.editHint}</span>
      </p>
      {message && (
        <p className="message" role="alert">
          {message}
        </p>
      )}
      {charts.length > 0 && (
        <section className="charts" aria-label={s.charts}>
          {charts.map((c) => (
            <ChartView key={c.id} chart={c} s={s} />
          ))}
        </section>
      )}
      {shapes.length > 0 && <ShapesView shapes={shapes} s={s} />}
      {view && (
        <div className="grid-frame" role="tabpanel" aria-label={active}>
          <Grid sim={sim} view={view} version={version} s={s} onMessage={setMessage} />
        </div>
      )}
    </section>
  );
}
