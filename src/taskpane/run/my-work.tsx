import { DefaultButton, Stack, Text } from "@fluentui/react";
import { useCallback, useEffect, useState } from "react";
import { caseAmount, caseTitle } from "../../core/cases/case-summary";
import type { Status } from "../../core/register/status";
import type { ProcsheetError } from "../../core/result";
import type { WorkItem } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { todayOf } from "../clock";
import { ErrorBar } from "../components/error-bar";
import { unexpectedError } from "../components/errors";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { dueCounts } from "./due-counts";
import { MePicker } from "./me-picker";
import { WorkItemView } from "./work-item";

/** Oldest first: the case waiting longest in its step comes first (no date: last). */
export function oldestFirst(items: readonly WorkItem[]): WorkItem[] {
  return [...items].sort((a, b) => (a.stepStarted ?? "\uffff").localeCompare(b.stepStarted ?? "\uffff"));
}

export interface MyWorkProps {
  readonly binding: ProcessBinding;
  readonly people: readonly string[];
  readonly nameOf: (stepId: string) => string;
  /** Bumped by the Run view after a sync or undo, so the list is read again. */
  readonly refreshKey: number;
}

/** "My work": the open cases I own, oldest first, each with Start / Block / Finish. */
export function MyWork({ binding, people, nameOf, refreshKey }: MyWorkProps) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { me } = useSession();
  const [items, setItems] = useState<readonly WorkItem[] | undefined>();
  const [error, setError] = useState<ProcsheetError | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (!me) return setItems(undefined);
    try {
      const r = await excel.myWork(binding, me);
      if (r.ok) setItems(oldestFirst(r.value));
      else setError(r.error);
    } catch (e) {
      setError(unexpectedError(e));
    }
  }, [excel, binding, me]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const move = async (item: WorkItem, status: Status) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await excel.setCaseStatus(binding, item.id, status, me, clock());
      if (!r.ok) setError(r.error);
      await load();
    } catch (e) {
      setError(unexpectedError(e));
    } finally {
      setBusy(false);
    }
  };

  const now = clock();
  const today = todayOf(now);
  const counts = items ? dueCounts(items, binding.definition, now) : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MePicker people={people} />
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      {!me ? (
        <Text>{t.chooseMe}</Text>
      ) : items === undefined ? (
        <Text>{t.loading}</Text>
      ) : (
        <>
          <Text role="status">{items.length === 0 ? t.noWork : f("workCount", { n: items.length })}</Text>
          {counts && items.length > 0 && (
            <Text styles={counts.overdue > 0 ? { root: { fontWeight: 600 } } : {}}>
              {f("myDueCounts", { soon: counts.dueSoon, overdue: counts.overdue })}
            </Text>
          )}
          <ul aria-label={t.myWork} style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {items.map((item) => (
              <li key={item.id}>
                <WorkItemView
                  item={item}
                  title={caseTitle(binding.definition, item.row)}
                  amount={caseAmount(binding.definition, item.row)}
                  stepName={nameOf(item.step)}
                  today={today}
                  busy={busy}
                  onStatus={(s) => void move(item, s)}
                />
              </li>
            ))}
          </ul>
          <Text variant="small">{t.finishHint}</Text>
          <DefaultButton
            text={t.refresh}
            onClick={() => void load()}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </>
      )}
    </Stack>
  );
}
