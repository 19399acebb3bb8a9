import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  useTheme,
} from "@fluentui/react";
import { useEffect, useMemo, useState } from "react";
import { diffDefinitions, type DefinitionChange } from "../../core/definition/diff";
import { ruleInWords } from "../../core/rules/people-words";
import { rowNamesOf } from "../../core/rules/row-names";
import type { CompiledProcess } from "../../core/process";
import { runRuleTests, type RuleTestOutcome } from "../../core/testing/rule-tests";
import { updatedExpectation } from "../../core/testing/update-test";
import type { SavePreview } from "../../excel/api-types";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { DefinitionDiffView } from "../start/definition-diff-view";
import { ErrorBar, Note, ProblemList } from "./error-bar";
import { FailingTests } from "./failing-tests";
import { useAction } from "./use-action";
import { useCompiled } from "./use-compiled";

/** Changes the register follows (columns, step cells): only these need the workbook read before saving. */
function touchesRegister(changes: readonly DefinitionChange[]): boolean {
  return changes.some(
    (c) =>
      c.kind === "fieldAdded" ||
      c.kind === "fieldRemoved" ||
      c.kind === "stepRemoved" ||
      c.kind === "stepRenamed" ||
      (c.kind === "fieldChanged" && c.aspects.includes("header")),
  );
}

/** What the register does on Save, read from the workbook a moment after the last edit (nothing written). */
function usePreview(changes: readonly DefinitionChange[]): {
  readonly preview?: SavePreview;
  readonly error?: ReturnType<typeof useAction<SavePreview>>["error"];
} {
  const excel = useExcel();
  const { binding, draft } = useSession();
  const reading = useAction<SavePreview>();
  const { run, reset } = reading;
  const needed = touchesRegister(changes);
  useEffect(() => {
    if (!binding || !draft || !needed) {
      reset();
      return undefined;
    }
    const timer = setTimeout(() => void run(() => excel.previewSave(binding, draft)), 300);
    return () => clearTimeout(timer);
  }, [binding, draft, needed, excel, run, reset]);
  return {
    ...(reading.value ? { preview: reading.value } : {}),
    ...(reading.error ? { error: reading.error } : {}),
  };
}

function RegisterLines({ preview }: { readonly preview: SavePreview }) {
  const { t, f } = useStrings();
  const lines = [
    ...preview.added.map((header) => f("columnAdded", { header })),
    ...preview.renamed.map((r) => f("columnRenamed", r)),
    ...preview.left.map((header) => f("columnLeft", { header })),
    ...(preview.stepCells > 0 ? [f("stepCellsRewritten", { n: preview.stepCells })] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text>{t.registerFollows}</Text>
      <ul aria-label={t.registerFollows} style={{ margin: 0, paddingLeft: 18 }}>
        {lines.map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/**
 * Unsaved edits of the open process: what changes in the new version (the definition's diff and what the
 * register does, shown before anything is saved), what is wrong with them (the real loader's problems),
 * Save (a new version in the workbook) and Discard, which stay at the top of the pane while it scrolls.
 * Save runs the rule tests first: tests the edits break
 * are shown right here, in the view where the edit was made, each with a one-step update to the new
 * behaviour; "Save anyway" saves regardless. Nothing is written before Save.
 */
export function SaveBar() {
  const { lang, t, f } = useStrings();
  const theme = useTheme();
  const session = useSession();
  const names = useMemo(() => rowNamesOf(session.draft ?? {}), [session.draft]);
  const clock = useClock();
  const excel = useExcel();
  const compiled = useCompiled(session.dirty ? session.draft : undefined);
  const saving = useAction<unknown>();
  const [saved, setSaved] = useState<number | undefined>();
  const [failing, setFailing] = useState<readonly RuleTestOutcome[] | undefined>();
  const [updated, setUpdated] = useState<string | undefined>();
  const changes = useMemo(
    () =>
      session.dirty && session.binding && session.draft
        ? diffDefinitions(session.binding.definition, session.draft)
        : [],
    [session.dirty, session.binding, session.draft],
  );
  const { preview, error: previewError } = usePreview(changes);
  useEffect(() => {
    if (session.dirty) setSaved(undefined);
  }, [session.dirty]);
  // Rules outside the fast path run in the pane's rule worker, as in a sync: a rule that would hang is
  // stopped there (docs/specification.md §3.8) instead of freezing the pane on Save.
  const failingTests = async (process: CompiledProcess): Promise<RuleTestOutcome[]> => {
    const rules = await excel.ruleHost?.();
    return (await runRuleTests(process, clock(), rules)).filter((o) => !o.passed);
  };
  // While failures are shown, every edit (an updated test included) runs the tests again.
  useEffect(() => {
    if (failing === undefined || !compiled?.ok) return;
    let live = true;
    void failingTests(compiled.value).then((bad) => live && setFailing(bad));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run on a new draft only, not on each result
  }, [compiled, clock]);
  if (!session.dirty || !session.binding || !session.draft) {
    return saved !== undefined ? (
      <div style={{ margin: "12px 0" }} aria-live="polite">
        <Note result type={MessageBarType.success}>
          {f("savedVersion", { version: saved })}
        </Note>
      </div>
    ) : null;
  }
  const problems = compiled && !compiled.ok ? compiled.error : [];
  const version = session.binding.version + 1;
  const refused = preview?.refused;
  const save = () =>
    void saving
      .run(async () => {
        const r = await session.save();
        if (r.ok) setSaved(r.value.version);
        return r;
      })
      .then(() => setFailing(undefined));
  const trySave = async () => {
    setUpdated(undefined);
    if (compiled?.ok) {
      const bad = await failingTests(compiled.value);
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
  // Two siblings, not one block: a sticky element sticks only within its parent, so the bar must be a
  // child of the view itself to stay on screen while the person edits further down.
  return (
    <>
      <Stack
        data-testid="save-bar"
        tokens={{ childrenGap: 8 }}
        styles={{
          root: {
            position: "sticky",
            top: 0,
            marginTop: 12,
            zIndex: 2,
            padding: "8px 0",
            background: theme.semanticColors.bodyBackground,
            borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
          },
        }}
      >
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {f("unsavedChanges", { version })}
        </MessageBar>
        {saving.error && <ErrorBar error={saving.error} onDismiss={saving.reset} />}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton
            text={saving.busy ? t.saving : t.save}
            iconProps={{ iconName: "Save" }}
            disabled={problems.length > 0 || saving.busy || refused !== undefined}
            onClick={() => void trySave()}
          />
          {blocked && (
            <DefaultButton
              text={t.saveAnyway}
              disabled={saving.busy || refused !== undefined}
              onClick={save}
            />
          )}
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
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginBottom: 12 } }}>
        <Stack as="section" aria-label={f("changesTitle", { version })} tokens={{ childrenGap: 4 }}>
          <Text styles={{ root: { fontWeight: 600 } }}>{f("changesTitle", { version })}</Text>
          <DefinitionDiffView
            changes={changes}
            before={session.binding.definition}
            after={session.draft}
            label={f("changesTitle", { version })}
            sayRule={(when) => ruleInWords(when, names, lang, true)}
          />
          {preview && <RegisterLines preview={preview} />}
        </Stack>
        <ProblemList problems={problems} title={t.fixBeforeSaving} definition={session.draft} />
        {blocked && <FailingTests failing={failing} draft={session.draft} onUpdate={update} />}
        {updated && <Note type={MessageBarType.success}>{f("testUpdated", { name: updated })}</Note>}
        {refused && <ErrorBar error={refused} />}
        {previewError && <ErrorBar error={previewError} />}
      </Stack>
    </>
  );
}
