import { MessageBarType, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import type { LastSync } from "../../excel/api-types";
import { Note } from "../components/error-bar";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";

/** `2026-03-02T09:00:00` as people read it: `2026-03-02 09:00`. */

/**
 * What the workbook remembers of the last sync: when, and how much it changed — or that it stopped
 * part-way (the pane was closed, the connection dropped) and the next sync finishes it. Read again
 * whenever `refreshKey` changes (after a sync or an undo).
 */
export function LastSyncNote({
  binding,
  refreshKey,
}: {
  readonly binding: ProcessBinding;
  readonly refreshKey: number;
}) {
  const { f, dateTime } = useStrings();
  const excel = useExcel();
  const [last, setLast] = useState<LastSync | undefined>();
  useEffect(() => {
    let live = true;
    void excel.lastSync(binding).then((r) => {
      if (live) setLast(r.ok ? r.value : undefined);
    });
    return () => {
      live = false;
    };
  }, [excel, binding, refreshKey]);
  if (!last) return null;
  const at = dateTime(last.at);
  if (last.state === "writing")
    return <Note type={MessageBarType.warning}>{f("lastSyncInterrupted", { at })}</Note>;
  if (last.state === "undone") return <Text variant="small">{f("lastSyncUndone", { at })}</Text>;
  return (
    <Text variant="small">
      {last.cellsChanged === undefined
        ? f("lastSyncDoneMany", { at, events: last.events })
        : f("lastSyncDone", { at, cells: last.cellsChanged, events: last.events })}
    </Text>
  );
}
