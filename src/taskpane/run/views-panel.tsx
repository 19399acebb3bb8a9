import { DefaultButton, Dropdown, MessageBarType, Stack, TextField } from "@fluentui/react";
import { useId, useState } from "react";
import type { ViewKind } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { todayOf } from "../clock";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { useAppliedView } from "./applied-views";

type Kind = ViewKind["kind"];

export interface ViewsPanelProps {
  readonly binding: ProcessBinding;
  readonly steps: readonly (readonly [string, string])[];
  readonly people: readonly string[];
}

/** Filtered views of the register: mine, overdue, open, one step, one owner, or everything. */
export function ViewsPanel({ binding, steps, people }: ViewsPanelProps) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const { me } = useSession();
  const listId = useId();
  const [applied, setApplied] = useAppliedView(binding.id);
  // The controls open on the view that is on the sheet, not on a default.
  const [kind, setKind] = useState<Kind>(applied?.view.kind ?? "open");
  const [step, setStep] = useState(applied?.view.kind === "step" ? applied.view.step : (steps[0]?.[0] ?? ""));
  const [owner, setOwner] = useState(applied?.view.kind === "owner" ? applied.view.owner : "");
  const view = useAction<{ readonly visibleRows: number }>();
  const labelOf = (v: ViewKind): string => {
    switch (v.kind) {
      case "all":
        return t.viewAll;
      case "open":
        return t.viewOpen;
      case "mine":
        return `${t.viewMine} (${v.me})`;
      case "overdue":
        return t.viewOverdue;
      case "step":
        return steps.find(([id]) => id === v.step)?.[1] ?? v.step;
      case "owner":
        return v.owner;
    }
  };
  const apply = async (wanted: ViewKind) => {
    const r = await view.run(() => excel.applyView(binding, wanted));
    if (r.ok) setApplied({ view: wanted, rows: r.value.visibleRows });
    return r;
  };
  const showing = applied && f("viewShowing", { view: labelOf(applied.view), rows: applied.rows });

  const build = (): ViewKind | undefined => {
    switch (kind) {
      case "all":
      case "open":
        return { kind };
      case "mine":
        return me ? { kind, me } : undefined;
      case "overdue":
        return { kind, today: todayOf(clock()) };
      case "step":
        return step ? { kind, step } : undefined;
      case "owner":
        return owner.trim() ? { kind, owner: owner.trim() } : undefined;
    }
  };
  const wanted = build();

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Dropdown
        label={t.viewShow}
        selectedKey={kind}
        options={[
          { key: "mine", text: t.viewMine },
          { key: "overdue", text: t.viewOverdue },
          { key: "open", text: t.viewOpen },
          { key: "step", text: t.viewByStep },
          { key: "owner", text: t.viewByOwner },
          { key: "all", text: t.viewAll },
        ]}
        onChange={(_e, o) => o && setKind(o.key as Kind)}
      />
      {kind === "step" && (
        <Dropdown
          label={t.step}
          selectedKey={step}
          options={steps.map(([id, name]) => ({ key: id, text: name }))}
          onChange={(_e, o) => o && setStep(String(o.key))}
        />
      )}
      {kind === "owner" && (
        <>
          <TextField label={t.owner} value={owner} list={listId} onChange={(_e, v) => setOwner(v ?? "")} />
          <datalist id={listId}>
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </>
      )}
      {kind === "mine" && !me && <Note type={MessageBarType.warning}>{t.chooseMeFirst}</Note>}
      <DefaultButton
        text={t.applyView}
        iconProps={{ iconName: "Filter" }}
        disabled={!wanted || view.busy}
        onClick={() => wanted && void apply(wanted)}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {view.error && <ErrorBar error={view.error} onDismiss={view.reset} />}
      {/* Just applied: in view under the button; else what is on the sheet since, said plainly. */}
      {showing && view.value && (
        <Note result type={MessageBarType.success}>
          {showing}
        </Note>
      )}
      {showing && !view.value && !view.busy && <Note>{showing}</Note>}
    </Stack>
  );
}
