import { DefaultButton, MessageBarType, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import type { RuleTest } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { testFromRow } from "../../core/testing/rule-tests";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";

/** "Add selected row as test": pins what the rules decide today for the row under the cursor. */
export function AddTestPanel({
  binding,
  process,
  nameOf,
}: {
  readonly binding: ProcessBinding;
  readonly process: CompiledProcess;
  readonly nameOf: (id: string) => string;
}) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { edit } = useSession();
  const [name, setName] = useState("");
  const [added, setAdded] = useState<RuleTest | undefined>();
  const [noRow, setNoRow] = useState(false);
  const adding = useAction<RuleTest | undefined>();

  const add = () =>
    void adding
      .run(async () => {
        const r = await excel.selectedRow(binding);
        if (!r.ok) return r;
        const row = r.value;
        if (!row) return { ok: true, value: undefined };
        const stepId =
          typeof row.step === "string" && process.stepById.has(row.step)
            ? row.step
            : (process.steps[0]?.def.id ?? "");
        const id = typeof row.id === "string" && row.id ? row.id : t.rowWithoutId;
        const testName = name.trim() || f("testNameDefault", { id, step: nameOf(stepId) });
        return { ok: true, value: await testFromRow(process, testName, row, stepId, clock()) };
      })
      .then((r) => {
        setNoRow(r.ok && r.value === undefined);
        if (r.ok && r.value) {
          const test = r.value;
          edit((d) => ({ ...d, tests: [...(d.tests ?? []), test] }));
          setAdded(test);
          setName("");
        }
      });

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <TextField
        label={t.testName}
        placeholder={t.testNamePlaceholder}
        value={name}
        onChange={(_e, v) => setName(v ?? "")}
      />
      <DefaultButton
        text={t.addSelectedRowAsTest}
        iconProps={{ iconName: "Add" }}
        disabled={adding.busy}
        onClick={add}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {noRow && (
        <Note result type={MessageBarType.warning}>
          {t.selectARow}
        </Note>
      )}
      {adding.error && <ErrorBar error={adding.error} onDismiss={adding.reset} />}
      {added && (
        <Note result type={MessageBarType.success}>
          {f("testAdded", { name: added.name })}
        </Note>
      )}
    </Stack>
  );
}
