import { useState } from "react";
import type { ExcelSimulation } from "../../test/excel-sim";
import type { Lang } from "../words/lang";
import { OFFICE_MANIFEST } from "../words/office-manifest";

/** The manifest's ExecuteFunction buttons, as Excel's Home tab shows them (manifest.xml, same words). */
const BUTTONS = [
  { fn: "newCase", label: "manifest.newCase", tip: "manifest.newCaseTip" },
  { fn: "syncProcess", label: "manifest.sync", tip: "manifest.syncTip" },
] as const;

/**
 * Procsheet's ribbon group on the simulated Excel's Home tab: pressing a button runs the function the
 * add-in associated with it (Office.actions), in the pane's runtime, as a shared runtime does in Office.
 */
export function RibbonBar({ sim, lang }: { readonly sim: ExcelSimulation; readonly lang: Lang }) {
  const [running, setRunning] = useState<string | undefined>();
  const press = async (fn: string): Promise<void> => {
    setRunning(fn);
    try {
      await sim.user.pressButton(fn);
    } finally {
      setRunning(undefined);
    }
  };
  return (
    <div className="ribbon" role="toolbar" aria-label={OFFICE_MANIFEST["manifest.group"][lang]}>
      <span className="ribbon-group">{OFFICE_MANIFEST["manifest.group"][lang]}</span>
      {BUTTONS.map((b) => (
        <button
          key={b.fn}
          type="button"
          title={OFFICE_MANIFEST[b.tip][lang]}
          disabled={running !== undefined}
          aria-busy={running === b.fn}
          onClick={() => void press(b.fn)}
        >
          {OFFICE_MANIFEST[b.label][lang]}
        </button>
      ))}
    </div>
  );
}
