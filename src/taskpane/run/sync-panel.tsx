import { Checkbox, PrimaryButton, Stack, Text } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar } from "../components/error-bar";
import { SyncProgressView } from "../components/sync-progress";
import { SyncSummary } from "../components/sync-summary";
import { useSync } from "../components/use-sync";
import { useStrings } from "../i18n/use-strings";
import { LastSyncNote } from "./last-sync-note";

/** How many reminders that cannot be made (no manager in People) a sync lists. */
const SHOWN_PROBLEMS = 5;

/** "Sync now": one engine tick over the register, with progress and Cancel. */
export function SyncPanel({
  binding,
  onSynced,
  refreshKey = 0,
}: {
  readonly binding: ProcessBinding;
  readonly onSynced?: () => void;
  /** Changes after a sync or an undo, so the last-sync line is read again. */
  readonly refreshKey?: number;
}) {
  const { t, f } = useStrings();
  const sync = useSync();
  const [reroute, setReroute] = useState(false);
  const { value } = sync;
  const synced = useRef(onSynced);
  synced.current = onSynced;
  useEffect(() => {
    if (value) synced.current?.();
  }, [value]);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <LastSyncNote binding={binding} refreshKey={refreshKey} />
      <Checkbox
        label={t.reroute}
        checked={reroute}
        onChange={(_e, v) => setReroute(Boolean(v))}
        disabled={sync.busy}
      />
      {sync.busy ? (
        <SyncProgressView progress={sync.progress} onCancel={sync.cancel} />
      ) : (
        <PrimaryButton
          text={t.syncNow}
          iconProps={{ iconName: "Sync" }}
          onClick={() => sync.start(binding, { reroute })}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
      {sync.error && <ErrorBar error={sync.error} onDismiss={sync.reset} />}
      {sync.value && <SyncSummary report={sync.value} />}
      {sync.value?.reminders?.peopleProblems[0] && (
        <ErrorBar error={sync.value.reminders.peopleProblems[0]} />
      )}
      {sync.value?.reminders?.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
        <Text key={`${p.caseId}|${p.level}`} variant="small">
          {f("noManager", { caseId: p.caseId, level: p.level, owner: p.owner })}
        </Text>
      ))}
      {sync.value?.reminders && sync.value.reminders.messages > 0 && (
        <Text role="status">{f("remindersQueued", { n: sync.value.reminders.messages })}</Text>
      )}
    </Stack>
  );
}
