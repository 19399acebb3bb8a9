import { DefaultButton, Spinner, Stack, Text } from "@fluentui/react";
import { ErrorBar } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import { useChangeTracking } from "../session/use-change-tracking";
import { useSession } from "../session/session-context";

/** Loading, and workbook errors with Retry. */
export function WorkbookStatus() {
  const { t } = useStrings();
  const session = useSession();
  if (session.status === "loading" && !session.info) return <Spinner label={t.loadingWorkbook} />;
  if (session.status === "error" && session.error)
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ErrorBar error={session.error} />
        <DefaultButton
          text={t.retry}
          onClick={() => void session.reload()}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      </Stack>
    );
  return null;
}

/** Change tracking starts when a process is opened; this line says it is on and what it recorded. */
export function TrackingNote() {
  const { t, f } = useStrings();
  const { binding, me } = useSession();
  const tracking = useChangeTracking(binding, me);
  // The Run view's Automatic routing section says how routing stands.
  if (!binding || tracking.byRouter) return null;
  return (
    <div aria-live="polite">
      {tracking.error ? (
        <ErrorBar error={tracking.error} />
      ) : (
        <Text variant="small">
          {tracking.active ? f("trackingOn", { count: tracking.recorded }) : t.trackingStarting}
        </Text>
      )}
    </div>
  );
}
