import { DefaultButton, MessageBarType, PrimaryButton, Stack, Text, useTheme } from "@fluentui/react";
import type { SyncReport } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar, Note } from "../components/error-bar";
import { SyncProgressView } from "../components/sync-progress";
import { SyncSummary } from "../components/sync-summary";
import { TraceList } from "../components/trace-list";
import { useSync } from "../components/use-sync";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { groupChanges } from "./change-groups";

/** Every change a sync would make, per row: column, old → new, and why the rules decided so. */
function DryRunChanges({ report }: { readonly report: SyncReport }) {
  const { lang, t, f } = useStrings();
  const steps = report.binding.definition.steps;
  const nameOf = (id: string): string => resolveText(steps.find((s) => s.id === id)?.name, lang) || id;
  const theme = useTheme();
  const groups = groupChanges(report.changes);
  if (groups.length === 0) return null;
  return (
    <ul aria-label={t.dryRunChanges} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {groups.map((g) => {
        const why = report.traces?.get(g.id);
        return (
          <li
            key={`${g.id}-${g.changes[0]?.row}`}
            style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, padding: "6px 0" }}
          >
            <Text as="h3" styles={{ root: { margin: 0, fontWeight: 600, fontSize: 14 } }}>
              {g.id}
            </Text>
            <ul style={{ margin: "2px 0", paddingLeft: 16 }}>
              {g.changes.map((c) => (
                <li key={c.key}>
                  {f("cellChange", {
                    column: c.header,
                    before: c.beforeText || t.empty,
                    after: c.afterText || t.empty,
                  })}
                </li>
              ))}
            </ul>
            {why?.owner && (
              <TraceList
                trace={why.owner}
                label={f("whyOwner", { id: g.id })}
                definition={report.binding.definition}
                nameOf={nameOf}
              />
            )}
            {why?.next && (
              <TraceList
                trace={why.next}
                label={f("whyNext", { id: g.id })}
                definition={report.binding.definition}
                nameOf={nameOf}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Step 4's dry run: compute the sync, write nothing, show everything; "Sync now" under it does it for real. */
export function DryRunPanel({ binding }: { readonly binding: ProcessBinding }) {
  const { t } = useStrings();
  const { dirty } = useSession();
  const dry = useSync();
  const real = useSync();
  const busy = dry.busy || real.busy;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {dirty && <Note type={MessageBarType.warning}>{t.dryRunUsesSaved}</Note>}
      {dry.busy ? (
        <SyncProgressView progress={dry.progress} onCancel={dry.cancel} />
      ) : (
        <DefaultButton
          text={t.dryRun}
          iconProps={{ iconName: "TestBeaker" }}
          disabled={busy}
          onClick={() => {
            real.reset();
            dry.start(binding, { dryRun: true });
          }}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
      {dry.error && <ErrorBar error={dry.error} onDismiss={dry.reset} />}
      {dry.value && !real.value && (
        <>
          <SyncSummary report={dry.value} />
          <DryRunChanges report={dry.value} />
          {real.busy ? (
            <SyncProgressView progress={real.progress} onCancel={real.cancel} />
          ) : (
            <PrimaryButton
              text={t.syncNow}
              iconProps={{ iconName: "Sync" }}
              disabled={busy}
              onClick={() => real.start(binding)}
              styles={{ root: { alignSelf: "flex-start" } }}
            />
          )}
        </>
      )}
      {real.error && <ErrorBar error={real.error} onDismiss={real.reset} />}
      {real.value && <SyncSummary report={real.value} />}
    </Stack>
  );
}
