import { Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import { resolveText } from "../../core/text";
import { NoProcess } from "../components/no-process";
import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { DuplicatePanel } from "./duplicate-panel";
import { ExportPanel } from "./export-panel";
import { ImportPanel } from "./import-panel";
import { VersionHistory } from "./version-history";

/** Step 7 of the loop: share the process as a template, bring one in, copy it, and compare versions. */
export function RepeatView() {
  const { lang, t, f } = useStrings();
  const { binding } = useSession();
  // Said here, not in the panel: the copy becomes the open process and the panel is remounted for it.
  const [copy, setCopy] = useState<ProcessBinding | undefined>();
  return (
    <Stack>
      {binding ? (
        <>
          <Section title={t.exportTitle}>
            <ExportPanel binding={binding} />
          </Section>
          <Section title={t.duplicateTitle}>
            {copy?.id === binding.id && (
              <Text role="status">
                {f("registerReady", { process: resolveText(copy.definition.name, lang) || copy.id })}
              </Text>
            )}
            <DuplicatePanel key={binding.id} binding={binding} onCreated={setCopy} />
          </Section>
          <Section title={t.versionsTitle}>
            <VersionHistory key={`${binding.id}#${binding.version}`} binding={binding} />
          </Section>
        </>
      ) : (
        <NoProcess />
      )}
      <Section title={t.importTitle}>
        <ImportPanel />
      </Section>
    </Stack>
  );
}
