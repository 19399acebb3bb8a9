import { useEffect, useState } from "react";
import type { RuleRow } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { useExcel } from "../excel-context";
import { unexpectedError } from "./errors";

export interface SelectedRow {
  readonly row?: RuleRow;
  readonly error?: ProcsheetError;
}

/** The register row under Excel's cursor, kept current as the selection moves (watchSelection). */
export function useSelectedRow(binding: ProcessBinding | undefined): SelectedRow {
  const excel = useExcel();
  const [state, setState] = useState<SelectedRow>({});
  useEffect(() => {
    if (!binding) return undefined;
    let live = true;
    let stop: (() => Promise<void>) | undefined;
    const show = (row: RuleRow | undefined) => live && setState(row ? { row } : {});
    excel
      .selectedRow(binding)
      .then((r) => live && (r.ok ? show(r.value) : setState({ error: r.error })))
      .catch((e: unknown) => live && setState({ error: unexpectedError(e) }));
    excel
      .watchSelection(binding, show)
      .then((s) => {
        if (live) stop = s;
        else void s();
      })
      .catch((e: unknown) => live && setState({ error: unexpectedError(e) }));
    return () => {
      live = false;
      void stop?.();
    };
  }, [excel, binding]);
  return state;
}
