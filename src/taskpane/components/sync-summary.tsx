import { MessageBarType, Stack } from "@fluentui/react";
import type { SyncReport } from "../../excel/api-types";
import { useStrings } from "../i18n/use-strings";
import { Note, ProblemList } from "./error-bar";

/** What a sync did (or, dry, would do): cells, rows, History events, and each row's error. */
export function SyncSummary({ report }: { readonly report: SyncReport }) {
  const { f } = useStrings();
  const params = {
    cells: report.changes.length,
    rows: report.changedRows,
    events: report.events.length,
    total: report.rows,
  };
  const nothing = report.changes.length === 0 && report.events.length === 0;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Note type={report.errors.length > 0 ? MessageBarType.warning : MessageBarType.success}>
        {nothing ? f("syncNothing", params) : f(report.dryRun ? "dryRunSummary" : "syncSummary", params)}
      </Note>
      <ProblemList
        problems={report.errors}
        title={f("rowErrors", { n: report.errors.length })}
        type={MessageBarType.warning}
        definition={report.binding.definition}
      />
    </Stack>
  );
}
