import { useEffect, useRef, useState } from "react";
import type { ProcsheetError } from "../../core/result";
import type { ProcessEvent } from "../../core/sync/events";
import type { ProcessBinding } from "../../workbook/binding";
import { unexpectedError } from "../components/errors";
import { useClock, useExcel } from "../excel-context";

export interface Tracking {
  readonly active: boolean;
  /** Status changes recorded since the process was opened (reconciled + watched). */
  readonly recorded: number;
  readonly error?: ProcsheetError;
}

/**
 * The one thing the pane writes without being asked: when a process is opened, status edits made
 * since the last look are reconciled into History, and new ones are watched for while the pane is open.
 */
export function useChangeTracking(binding: ProcessBinding | undefined, me: string): Tracking {
  const excel = useExcel();
  const clock = useClock();
  const [state, setState] = useState<Tracking>({ active: false, recorded: 0 });
  const latest = useRef(binding);
  latest.current = binding;
  const id = binding?.id;
  const version = binding?.version;

  useEffect(() => {
    const current = latest.current;
    if (!current) return undefined;
    let cancelled = false;
    let stop: (() => Promise<void>) | undefined;
    const count = (events: readonly ProcessEvent[]) =>
      setState((s) => ({ ...s, recorded: s.recorded + events.length }));
    setState({ active: false, recorded: 0 });
    (async () => {
      const by = me || undefined;
      const reconciled = await excel.reconcileStatuses(current, clock(), by);
      if (cancelled) return;
      if (!reconciled.ok) setState((s) => ({ ...s, error: reconciled.error }));
      else count(reconciled.value);
      const stopWatching = await excel.watchRegister(
        current,
        clock,
        (events) => !cancelled && count(events),
        by,
      );
      if (cancelled) await stopWatching();
      else {
        stop = stopWatching;
        setState((s) => ({ ...s, active: true }));
      }
    })().catch((e: unknown) => !cancelled && setState((s) => ({ ...s, error: unexpectedError(e) })));
    return () => {
      cancelled = true;
      void stop?.();
    };
  }, [excel, clock, id, version, me]);

  return state;
}
