import { sayKnown } from "../../words/say";
import { DefaultButton, MessageBarType, Stack } from "@fluentui/react";
import type { FormatReport } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";

/** "Apply status formats": status colours, overdue and due-soon highlights (the status word stays). */
export function FormatsPanel({ binding }: { readonly binding: ProcessBinding }) {
  const { t, f, lang } = useStrings();
  const excel = useExcel();
  const formats = useAction<FormatReport>();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <DefaultButton
        text={t.applyFormats}
        iconProps={{ iconName: "Edit" }}
        disabled={formats.busy}
        onClick={() => void formats.run(() => excel.applyStatusFormats(binding))}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {formats.error && <ErrorBar error={formats.error} onDismiss={formats.reset} />}
      {formats.value && (
        <Note result type={MessageBarType.success}>
          {f("formatsApplied", { added: formats.value.rulesAdded, kept: formats.value.rulesKept })}
          {formats.value.notes.length > 0 && (
            <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {formats.value.notes.map((n, i) => (
                // Notes are stable keys worded in core's catalogue (en and zh-CN).
                <li key={i}>{sayKnown(n, {}, lang) ?? n}</li>
              ))}
            </ul>
          )}
        </Note>
      )}
    </Stack>
  );
}
