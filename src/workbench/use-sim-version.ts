import { useEffect, useState } from "react";
import type { ExcelSimulation } from "../../test/excel-sim";

/**
 * A number that changes after the workbook changed: every batch the pane runs and every user or co-author
 * action. A sync of many batches redraws once per animation frame, not once per batch.
 */
export function useSimVersion(sim: ExcelSimulation): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame = 0;
    const stop = sim.onAfterChange(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
    };
  }, [sim]);
  return version;
}
