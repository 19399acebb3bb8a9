import { DefaultButton, MessageBarType, PrimaryButton, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import { download } from "../components/download";
import { Note } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import { templateFileName, templateJson } from "./template-file";

/** Export the process as a template file; some Office webviews block downloads, so it can be copied too. */
export function ExportPanel({ binding }: { readonly binding: ProcessBinding }) {
  const { t, f } = useStrings();
  const [status, setStatus] = useState<"downloaded" | "copied" | "show" | undefined>();
  const name = templateFileName(binding.definition);
  const json = templateJson(binding.definition, binding.version);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      setStatus("copied");
    } catch {
      setStatus("show"); // no clipboard access: show the text to select by hand
    }
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={t.exportTemplate}
          iconProps={{ iconName: "Download" }}
          onClick={() => {
            download(name, json, "application/json");
            setStatus("downloaded");
          }}
        />
        <DefaultButton text={t.copyJson} iconProps={{ iconName: "Copy" }} onClick={() => void copy()} />
      </Stack>
      {status === "downloaded" && (
        <Note result type={MessageBarType.success}>
          {f("exported", { file: name })}
        </Note>
      )}
      {status === "copied" && (
        <Note result type={MessageBarType.success}>
          {t.copied}
        </Note>
      )}
      {status === "show" && <TextField label={name} multiline readOnly rows={8} value={json} />}
    </Stack>
  );
}
