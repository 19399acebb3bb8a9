import { ChoiceGroup, DefaultButton, PrimaryButton, Spinner, Stack } from "@fluentui/react";
import { useState } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { ProcsheetError, Result } from "../../core/result";
import type { AdoptPreview } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { AdoptPreviewView } from "./adopt-preview";

type Source = "used" | "selection";

/** "Adopt this sheet": look at the sheet (nothing changes), show the preview, adopt on confirm. */
export function AdoptFlow({
  load,
  onAdopted,
  onCancel,
}: {
  /** The definition to lay over the sheet: a built-in template, or a process from the organisation's catalogue. */
  readonly load: () => Promise<Result<ProcessDefinition, ProcsheetError>>;
  readonly onAdopted: (binding: ProcessBinding) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { put } = useSession();
  const [source, setSource] = useState<Source>("used");
  const inspecting = useAction<{ preview: AdoptPreview; definition: ProcessDefinition }>();
  const adopting = useAction<ProcessBinding>();

  const inspect = () =>
    void inspecting.run(async () => {
      const def = await load();
      if (!def.ok) return def;
      const preview = await excel.inspectSheet(source, def.value);
      return preview.ok ? { ok: true, value: { preview: preview.value, definition: def.value } } : preview;
    });

  const adopt = (columns: Record<string, string>, lang: Lang) => {
    const found = inspecting.value;
    if (!found) return;
    void adopting
      .run(() => excel.adoptSheet(found.definition, found.preview, { lang, columns, now: clock() }))
      .then((r) => {
        if (r.ok) {
          put(r.value);
          onAdopted(r.value);
        }
      });
  };

  if (inspecting.value)
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <AdoptPreviewView
          preview={inspecting.value.preview}
          definition={inspecting.value.definition}
          busy={adopting.busy}
          onConfirm={adopt}
          onCancel={onCancel}
        />
        {adopting.error && <ErrorBar error={adopting.error} onDismiss={adopting.reset} />}
      </Stack>
    );

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ChoiceGroup
        label={t.adoptSource}
        selectedKey={source}
        options={[
          { key: "used", text: t.adoptUsedRange },
          { key: "selection", text: t.adoptSelection },
        ]}
        onChange={(_e, o) => o && setSource(o.key as Source)}
      />
      {inspecting.error && <ErrorBar error={inspecting.error} onDismiss={inspecting.reset} />}
      {inspecting.busy ? (
        <Spinner label={t.inspecting} />
      ) : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.previewAdopt} onClick={inspect} />
          <DefaultButton text={t.cancel} onClick={onCancel} />
        </Stack>
      )}
    </Stack>
  );
}
