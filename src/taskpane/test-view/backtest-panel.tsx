import { DefaultButton, MessageBarType, ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useCallback, useMemo, useState } from "react";
import { backtest, type BacktestResult } from "../../core/backtest/backtest";
import { END } from "../../core/definition/types";
import { describeError, procsheetError } from "../../core/error";
import type { CompiledProcess } from "../../core/process";
import type { ProcsheetError, Result } from "../../core/result";
import { resolveText } from "../../core/text";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { yieldToUi } from "../clock";
import { ErrorBar, Note } from "../components/error-bar";
import { problemLine } from "../components/errors";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { ChangeList, type ChangeNames } from "./backtest-changes";
import { LoadTable, OnTimeTable } from "./backtest-tables";

/** Visits between two yields to the page: small enough that typing and Cancel stay immediate. */
const CHECKPOINT_EVERY = 200;

type Progress =
  { readonly phase: "read" } | { readonly phase: "rules"; readonly done: number; readonly total: number };

/** Names as the reader knows them, from the draft first, then the saved process (a step the draft removed). */
function namesFor(
  lang: "en" | "zh-CN",
  end: string,
  saved: CompiledProcess,
  draft: CompiledProcess,
): ChangeNames {
  const step = (id: string): string => {
    if (id === END) return end;
    const s = draft.stepById.get(id) ?? saved.stepById.get(id);
    return s ? resolveText(s.def.name, lang) || id : id;
  };
  return {
    step,
    value: (value) => {
      if (value === null) return "";
      const role = draft.roles.get(value) ?? saved.roles.get(value);
      if (role) return resolveText(role.name, lang) || value;
      return draft.stepById.has(value) || saved.stepById.has(value) || value === END ? step(value) : value;
    },
  };
}

/**
 * "Try on past cases": the unsaved draft and the saved process side by side over every case in History,
 * before anything is saved (docs/specification.md §3.13) — changed decisions with the why of both, the load
 * per assignee, cases reaching a step the draft lacks, on time per step under the draft's SLA days. The
 * rules yield to the page as the sync's do, so a long History shows its progress and can be cancelled.
 */
export function BacktestPanel({
  binding,
  draft,
}: {
  readonly binding: ProcessBinding;
  readonly draft: CompiledProcess;
}) {
  const { lang, t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { dirty } = useSession();
  const action = useAction<BacktestResult>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const saved = useMemo(() => compiledBinding(binding), [binding]);
  const { run } = action;

  const start = useCallback(() => {
    if (!saved.ok) return;
    setProgress({ phase: "read" });
    void run(async (signal): Promise<Result<BacktestResult, ProcsheetError>> => {
      const past = await excel.readPast(binding);
      if (!past.ok) return past;
      // Rules outside the fast path run in the pane's rule worker, as in a sync: a rule that would hang is
      // stopped there (docs/specification.md §3.8), that visit's error, instead of freezing the pane.
      const rules = await excel.ruleHost?.();
      const cancelled = new Error("cancelled");
      try {
        const result = await backtest(saved.value, draft, past.value.events, past.value.register, {
          now: clock(),
          trace: true,
          checkpointEvery: CHECKPOINT_EVERY,
          ...(rules ? { rules } : {}),
          checkpoint: async (done, total) => {
            setProgress({ phase: "rules", done, total });
            await yieldToUi();
            if (signal.aborted) throw cancelled;
          },
        });
        return { ok: true, value: result };
      } catch (e) {
        if (e !== cancelled) throw e;
        return { ok: false, error: procsheetError("EXCEL_API", "backtest.cancelled", {}) };
      }
    }).finally(() => setProgress(undefined));
  }, [saved, run, excel, binding, draft, clock]);

  if (!saved.ok) return null;
  const names = namesFor(lang, t.end, saved.value, draft);
  const r = action.value;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.pastHelp}</Text>
      {!dirty && <Note>{t.pastNoEdits}</Note>}
      {action.busy ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <ProgressIndicator
            label={progress?.phase === "rules" ? t.pastEvaluating : t.pastReading}
            {...(progress?.phase === "rules" && progress.total > 0
              ? {
                  percentComplete: progress.done / progress.total,
                  description: f("progressCount", { done: progress.done, total: progress.total }),
                }
              : {})}
          />
          <DefaultButton
            text={t.cancel}
            iconProps={{ iconName: "Cancel" }}
            onClick={action.cancel}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </Stack>
      ) : (
        <DefaultButton
          text={t.pastRun}
          iconProps={{ iconName: "History" }}
          onClick={start}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
      {action.error && <ErrorBar error={action.error} onDismiss={action.reset} />}
      {r && (
        <Stack tokens={{ childrenGap: 10 }} data-testid="backtest-result">
          <Text role="status">
            {f("pastSummary", {
              cases: r.cases,
              visits: r.visits,
              owners: r.ownerChanges.length,
              nexts: r.nextChanges.length,
            })}
          </Text>
          {r.ownerChanges.length === 0 && r.nextChanges.length === 0 && (
            <Note type={MessageBarType.success}>{t.pastSame}</Note>
          )}
          {r.missingSteps.length > 0 && (
            <Note type={MessageBarType.warning}>
              {f("pastMissing", {
                count: new Set(r.missingSteps.map((m) => m.caseId)).size,
                cases: [...new Set(r.missingSteps.map((m) => `${m.caseId} (${names.step(m.step)})`))]
                  .slice(0, 6)
                  .join(lang === "zh-CN" ? "、" : ", "),
              })}
            </Note>
          )}
          <ChangeList
            title={t.pastOwnerChanges}
            changes={r.ownerChanges}
            names={{ ...names, value: (v) => (v === null ? t.pastNoStep : names.value(v)) }}
            saved={binding.definition}
            draft={draft.definition}
          />
          <ChangeList
            title={t.pastNextChanges}
            changes={r.nextChanges}
            names={{ ...names, value: (v) => (v === null ? t.pastNoStep : names.value(v)) }}
            saved={binding.definition}
            draft={draft.definition}
          />
          <LoadTable result={r} name={(who) => names.value(who)} />
          <OnTimeTable result={r} saved={binding.definition} draft={draft.definition} step={names.step} />
          {r.errors.length > 0 && (
            <Stack tokens={{ childrenGap: 4 }}>
              <Text as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
                {`${t.pastErrors} (${r.errors.length})`}
              </Text>
              <ul aria-label={t.pastErrors} style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
                {r.errors.slice(0, 20).map((e, i) => {
                  // As a sync's row errors read: the rule by its step, number and part, then what failed.
                  const { rowId: _rowId, ...error } = e.error;
                  const definition = e.side === "draft" ? draft.definition : binding.definition;
                  const message = e.side ? problemLine(error, lang, definition) : describeError(error, lang);
                  return (
                    <li key={`${e.caseId}-${i}`}>
                      {f("pastError", {
                        caseId: e.caseId,
                        step: e.step === null ? t.pastTheCase : names.step(e.step),
                        message:
                          e.side === "draft"
                            ? f("pastErrorDraft", { message })
                            : e.side === "current"
                              ? f("pastErrorSaved", { message })
                              : message,
                      })}
                    </li>
                  );
                })}
              </ul>
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
