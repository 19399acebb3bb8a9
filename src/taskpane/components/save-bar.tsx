import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from "@fluentui/react";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { ErrorBar, ProblemList } from "./error-bar";
import { useAction } from "./use-action";
import { useCompiled } from "./use-compiled";

/**
 * Unsaved edits of the open process: what is wrong with them (the real loader's problems, `path: message`),
 * Save (a new version in the workbook) and Discard. Nothing is written before Save.
 */
export function SaveBar() {
  const { t, f } = useStrings();
  const session = useSession();
  const compiled = useCompiled(session.dirty ? session.draft : undefined);
  const saving = useAction<unknown>();
  if (!session.dirty || !session.binding) return null;
  const problems = compiled && !compiled.ok ? compiled.error : [];
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { margin: "12px 0" } }}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {f("unsavedChanges", { version: session.binding.version + 1 })}
      </MessageBar>
      <ProblemList problems={problems} title={t.fixBeforeSaving} definition={session.draft} />
      {saving.error && <ErrorBar error={saving.error} onDismiss={saving.reset} />}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={saving.busy ? t.saving : t.save}
          iconProps={{ iconName: "Save" }}
          disabled={problems.length > 0 || saving.busy}
          onClick={() => void saving.run(() => session.save())}
        />
        <DefaultButton text={t.discard} disabled={saving.busy} onClick={session.discard} />
      </Stack>
    </Stack>
  );
}
