import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from "@fluentui/react";
import { useEffect, useState } from "react";
import { runRuleTests, type RuleTestOutcome } from "../../core/testing/rule-tests";
import { updatedExpectation } from "../../core/testing/update-test";
import { useClock } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { ErrorBar, Note, ProblemList } from "./error-bar";
import { FailingTests } from "./failing-tests";
import { useAction } from "./use-action";
import { useCompiled } from "./use-compiled";

/**
 * Unsaved edits of the open process: what is wrong with them (the real loader's problems, `path: message`),
 * Save (a new version in the workbook) and Discard. Save runs the rule tests first: tests the edits break
 * are shown right here, in the view where the edit was made, each with a one-step update to the new
 * behaviour; "Save anyway" saves regardless. Nothing is written before Save.
 */
export function SaveBar() {
  const { t, f } = useStrings();
  const session = useSession();
  const clock = useClock();
  const compiled = useCompiled(session.dirty ? session.draft : undefined);
  const saving = useAction<unknown>();
  const [failing, setFailing] = useState<readonly RuleTestOutcome[] | undefined>();
  const [updated, setUpdated] = useState<string | undefined>();

  // While failures are shown, every edit (an updated test included) runs the tests again.
  useEffect(() => {
    if (failing === undefined || !compiled?.ok) return;
    let live = true;
    void runRuleTests(compiled.value, clock()).then((o) => live && setFailing(o.filter((x) => !x.passed)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run on a new draft only, not on each result
  }, [compiled, clock]);

  if (!session.dirty || !session.binding) return null;
  const problems = compiled && !compiled.ok ? compiled.error : [];
  const save = () => void saving.run(() => session.save()).then(() => setFailing(undefined));
  const trySave = async () => {
    setUpdated(undefined);
    if (compiled?.ok) {
      const bad = (await runRuleTests(compiled.value, clock())).filter((o) => !o.passed);
      if (bad.length > 0) {
        setFailing(bad);
        return;
      }
    }
    save();
  };
  const update = (o: RuleTestOutcome) => {
    const test = session.draft?.tests?.[o.index];
    if (!test) return;
    const expect = updatedExpectation(test.expect, o.explanation);
    session.edit((d) => ({
      ...d,
      tests: (d.tests ?? []).map((x, i) => (i === o.index ? { ...x, expect } : x)),
    }));
    setUpdated(test.name);
  };

  const blocked = failing !== undefined && failing.length > 0;
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { margin: "12px 0" } }}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {f("unsavedChanges", { version: session.binding.version + 1 })}
      </MessageBar>
      <ProblemList problems={problems} title={t.fixBeforeSaving} definition={session.draft} />
      {blocked && session.draft && <FailingTests failing={failing} draft={session.draft} onUpdate={update} />}
      {updated && <Note type={MessageBarType.success}>{f("testUpdated", { name: updated })}</Note>}
      {saving.error && <ErrorBar error={saving.error} onDismiss={saving.reset} />}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={saving.busy ? t.saving : t.save}
          iconProps={{ iconName: "Save" }}
          disabled={problems.length > 0 || saving.busy}
          onClick={() => void trySave()}
        />
        {blocked && <DefaultButton text={t.saveAnyway} disabled={saving.busy} onClick={save} />}
        <DefaultButton
          text={t.discard}
          disabled={saving.busy}
          onClick={() => {
            setFailing(undefined);
            session.discard();
          }}
        />
      </Stack>
    </Stack>
  );
}
