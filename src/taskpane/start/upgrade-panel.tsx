import { DefaultButton, MessageBarType, PrimaryButton, Spinner, Stack, Text } from "@fluentui/react";
import { useMemo } from "react";
import { diffDefinitions } from "../../core/definition/diff";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import type { OfferedFile } from "../templates/org-catalog";
import { DefinitionDiffView } from "./definition-diff-view";

/**
 * Upgrading the workbook's process to the catalogue's newer version: first what changes (a readable
 * diff of the two definitions), then, on confirmation, `upgradeProcess` (the version becomes the
 * catalogue's; the old definition stays in the process's version history).
 */
export function UpgradePanel({
  binding,
  offered,
  onUpgraded,
  onCancel,
}: {
  readonly binding: ProcessBinding;
  readonly offered: OfferedFile;
  readonly onUpgraded: (binding: ProcessBinding) => void;
  readonly onCancel: () => void;
}) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const session = useSession();
  const upgrading = useAction<ProcessBinding>();
  const changes = useMemo(
    () => diffDefinitions(binding.definition, offered.definition),
    [binding.definition, offered.definition],
  );
  // Unsaved edits were made to the workbook's version; applying the upgrade under them would lose one or the other.
  const dirty = session.dirty && session.binding?.id === binding.id;
  const caption = f("upgradeChanges", { from: binding.version, to: offered.version });

  const upgrade = () =>
    void upgrading
      .run(() => excel.upgradeProcess(binding, offered.definition, clock()))
      .then((r) => {
        if (r.ok) {
          session.put(r.value);
          onUpgraded(r.value);
        }
      });

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h4" variant="medium" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {caption}
      </Text>
      <DefinitionDiffView
        changes={changes}
        before={binding.definition}
        after={offered.definition}
        label={caption}
      />
      <Text variant="small">{f("upgradeKeeps", { from: binding.version })}</Text>
      {dirty && <Note type={MessageBarType.warning}>{t.upgradeDirty}</Note>}
      {upgrading.error && <ErrorBar error={upgrading.error} onDismiss={upgrading.reset} />}
      {upgrading.busy ? (
        <Spinner label={t.upgrading} />
      ) : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={f("upgradeTo", { version: offered.version })}
            disabled={dirty}
            onClick={upgrade}
          />
          <DefaultButton text={t.cancel} onClick={onCancel} />
        </Stack>
      )}
    </Stack>
  );
}
