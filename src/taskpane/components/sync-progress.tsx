import { DefaultButton, ProgressIndicator, Stack } from "@fluentui/react";
import type { SyncProgress } from "../../excel/sync/run-sync";
import { useStrings } from "../i18n/use-strings";

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
      <DefaultButton
        text={t.cancel}
        iconProps={{ iconName: "Cancel" }}
        onClick={onCancel}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
