import { DefaultButton, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { FeatureName } from "../../excel/api-types";
import { ErrorBar, Note } from "../components/error-bar";
import { useStrings, type PlainKey } from "../i18n/use-strings";
import { useChangeTracking } from "../session/use-change-tracking";
import { useSession } from "../session/session-context";

const FEATURE_TEXT: Readonly<Record<FeatureName, PlainKey>> = {
  listValidation: "featureListValidation",
  autoFilter: "featureAutoFilter",
  customXmlParts: "featureCustomXmlParts",
  conditionalFormats: "featureConditionalFormats",
  changeDetails: "featureChangeDetails",
  tableResize: "featureTableResize",
  shapes: "featureShapes",
};

/** Loading, workbook errors (with Retry), and what this Excel lacks, said plainly. */
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
  const missing = session.info?.missing ?? [];
  if (missing.length === 0) return null;
  return (
    <Note type={MessageBarType.warning}>
      {t.missingFeatures}
      <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
        {missing.map((m) => (
          <li key={m}>{t[FEATURE_TEXT[m]]}</li>
        ))}
      </ul>
    </Note>
  );
}

/** Change tracking starts when a process is opened; this line says it is on and what it recorded. */
export function TrackingNote() {
  const { t, f } = useStrings();
  const { binding, me } = useSession();
  const tracking = useChangeTracking(binding, me);
  if (!binding) return null;
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
