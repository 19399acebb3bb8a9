import { DefaultButton, MessageBarType, Stack, Text } from "@fluentui/react";
import type { ProcessBinding } from "../../workbook/binding";
import type { UndoReport } from "../../excel/api-types";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";

/** "Undo last sync": puts back what the last sync wrote, except cells changed since (listed as conflicts). */
export function UndoPanel({
  binding,
  onUndone,
}: {
  readonly binding: ProcessBinding;
  readonly onUndone?: () => void;
}) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { me } = useSession();
  const undo = useAction<UndoReport>();
  const report = undo.value;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <DefaultButton
        text={undo.busy ? t.undoing : t.undoLastSync}
        iconProps={{ iconName: "Undo" }}
        disabled={undo.busy}
        onClick={() =>
          void undo
            .run(() => excel.undoLastSync(binding, clock(), me || undefined))
            .then((r) => r.ok && onUndone?.())
        }
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {undo.error && <ErrorBar error={undo.error} onDismiss={undo.reset} />}
      {report && (
        <Note result type={report.conflicts.length > 0 ? MessageBarType.warning : MessageBarType.success}>
          {f("undoRestored", { cells: report.restored, cases: report.cases })}
          {report.conflicts.length > 0 && (
            <>
              <Text block styles={{ root: { marginTop: 4 } }}>
                {f("undoConflicts", { n: report.conflicts.length })}
              </Text>
              <ul aria-label={t.conflicts} style={{ margin: "4px 0 0", paddingLeft: 18 }}>
                {report.conflicts.map((c, i) => (
                  <li key={i}>
                    {f("undoConflict", {
                      id: c.id,
                      column: c.header,
                      wrote: c.wrote || t.empty,
                      now: c.now || t.empty,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Note>
      )}
    </Stack>
  );
}
