import { Checkbox, DefaultButton, PrimaryButton, Spinner, Stack } from "@fluentui/react";
import { useState } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { RegisterLangDropdown } from "./lang-dropdown";

export interface CreateFormProps {
  /** Where the definition comes from: a built-in template, an imported file, a duplicate. */
  readonly load: () => Promise<Result<ProcessDefinition, ProcsheetError>>;
  readonly onCreated: (binding: ProcessBinding) => void;
  readonly onCancel?: () => void;
  /** Offer sample rows (a template's) or not (a duplicate starts empty). */
  readonly offerSample?: boolean;
}

/** "Create register": the register's language and whether to include the sample rows, then createRegister. */
export function CreateForm({ load, onCreated, onCancel, offerSample = true }: CreateFormProps) {
  const { lang, t } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { put } = useSession();
  const [registerLang, setRegisterLang] = useState<Lang>(lang);
  const [sample, setSample] = useState(offerSample);
  // On by default (cases move as people edit); a team that wants to test its rules first turns it off.
  const [automatic, setAutomatic] = useState(true);
  const creating = useAction<ProcessBinding>();

  const create = () =>
    void creating
      .run(async () => {
        const def = await load();
        if (!def.ok) return def;
        return excel.createRegister(def.value, { lang: registerLang, sample, now: clock(), automatic });
      })
      .then((r) => {
        if (r.ok) {
          put(r.value);
          onCreated(r.value);
        }
      });

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <RegisterLangDropdown value={registerLang} onChange={setRegisterLang} />
      {offerSample && (
        <Checkbox label={t.includeSample} checked={sample} onChange={(_e, v) => setSample(Boolean(v))} />
      )}
      <Checkbox label={t.automaticOn} checked={automatic} onChange={(_e, v) => setAutomatic(Boolean(v))} />
      {creating.error && <ErrorBar error={creating.error} onDismiss={creating.reset} />}
      {creating.busy ? (
        <Spinner label={t.creating} />
      ) : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={t.createRegister} onClick={create} />
          {onCancel && <DefaultButton text={t.cancel} onClick={onCancel} />}
        </Stack>
      )}
    </Stack>
  );
}
