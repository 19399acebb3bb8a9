import { MessageBarType, Stack } from "@fluentui/react";
import type { SyncReport } from "../../excel/api-types";
import { useStrings } from "../i18n/use-strings";
import { ActionResult } from "./action-result";
import { Note, ProblemList } from "./error-bar";
import { MovesList } from "./moves-list";
import { useExcel } from "../excel-context";

/**
 * What a sync did (or, dry, would do): cells, rows, History events, and each row's error — brought into
 * view under the button that ran it.
 */
export function SyncSummary({ report }: { readonly report: SyncReport }) {
  const { f, t } = useStrings();
  const excel = useExcel();
  const params = {
    cells: report.changes.length,
    rows: report.changedRows,
    events: report.events.length,
    total: report.rows,
  };
  const nothing = report.changes.length === 0 && report.events.length === 0;
  return (
    <ActionResult>
      <Stack tokens={{ childrenGap: 8 }}>
        <Note type={report.errors.length > 0 ? MessageBarType.warning : MessageBarType.success}>
          {nothing ? f("syncNothing", params) : f(report.dryRun ? "dryRunSummary" : "syncSummary", params)}
        </Note>
        {!report.dryRun && report.moved.length > 0 && (
          <MovesList binding={report.binding} moved={report.moved} label={t.movedTitle} />
        )}
        <ProblemList
          problems={report.errors}
          title={f("rowErrors", { n: report.errors.length })}
          type={MessageBarType.warning}
          definition={report.binding.definition}
          {...(report.dryRun
            ? {}
            : { onSelectCase: (id: string) => void excel.selectCase(report.binding, id) })}
        />
      </Stack>
    </ActionResult>
  );
}
