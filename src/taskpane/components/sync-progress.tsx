import { DefaultButton, ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { SyncProgress } from "../../excel/api-types";
import { useStrings } from "../i18n/use-strings";

/**
 * How long a sync may wait for Excel's first answer before the pane says why: Excel holds an add-in's
 * requests while a person edits a cell (delayForCellEdit, docs/reliability.md C1).
 */
export const WAITING_HINT_MS = 3000;

/** Where a running sync is, with Cancel (the pane stays usable meanwhile). */
export function SyncProgressView({
  progress,
  onCancel,
}: {
  readonly progress: SyncProgress | undefined;
  readonly onCancel: () => void;
}) {
  const { t, f } = useStrings();
  const phase = progress
    ? { read: t.phaseRead, rules: t.phaseRules, write: t.phaseWrite }[progress.phase]
    : t.phaseStarting;
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  const [waiting, setWaiting] = useState(false);
  const started = progress !== undefined;
  useEffect(() => {
    if (started) return setWaiting(false);
    const timer = setTimeout(() => setWaiting(true), WAITING_HINT_MS);
    return () => clearTimeout(timer);
  }, [started]);
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <ProgressIndicator
        label={phase}
        description={
          progress ? f("progressCount", { done: progress.done, total: progress.total }) : undefined
        }
        {...(fraction !== undefined ? { percentComplete: fraction } : {})}
        ariaValueText={phase}
      />
      {waiting && (
        <Text variant="small" role="status">
          {t.waitingForExcel}
        </Text>
      )}
      <DefaultButton
        text={t.cancel}
        iconProps={{ iconName: "Cancel" }}
        onClick={onCancel}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
