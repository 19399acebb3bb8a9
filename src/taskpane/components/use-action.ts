import { useCallback, useEffect, useRef, useState } from "react";
import type { ProcsheetError, Result } from "../../core/result";
import { unexpectedError } from "./errors";

export interface ActionState<T> {
  readonly busy: boolean;
  readonly value?: T;
  readonly error?: ProcsheetError;
}

export interface Action<T> extends ActionState<T> {
  /** Runs `work` (aborting a previous run); its result becomes `value` or `error`. */
  readonly run: (
    work: (signal: AbortSignal) => Promise<Result<T, ProcsheetError>>,
  ) => Promise<Result<T, ProcsheetError>>;
  readonly cancel: () => void;
  readonly reset: () => void;
}

/**
 * One user action against the workbook: busy while it runs, cancellable (an AbortSignal reaches the
 * Excel layer), its result or error kept for display. A thrown exception becomes an error, never a crash.
 */
export function useAction<T>(): Action<T> {
  const [state, setState] = useState<ActionState<T>>({ busy: false });
  const controller = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(async (work: (signal: AbortSignal) => Promise<Result<T, ProcsheetError>>) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState({ busy: true });
    let result: Result<T, ProcsheetError>;
    try {
      result = await work(c.signal);
    } catch (e) {
      result = { ok: false, error: unexpectedError(e) };
    }
    if (mounted.current && controller.current === c)
      setState(result.ok ? { busy: false, value: result.value } : { busy: false, error: result.error });
    return result;
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ busy: false }), []);
  return { ...state, run, cancel, reset };
}
