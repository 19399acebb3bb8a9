import { DefaultButton, Stack } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { AutomaticPanel } from "../automation/automatic-panel";
import { useRouting } from "../automation/use-routing";
import { NoProcess } from "../components/no-process";
import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { NewCaseForm } from "../new-case/new-case-form";
import { peopleIn } from "../components/people";
import { useWorkbookPeople, withPeopleNames } from "../components/use-workbook-people";
import { useSession } from "../session/session-context";
import { FormatsPanel } from "./formats-panel";
import { OutboxPanel } from "./outbox-panel";
import { MyWork } from "./my-work";
import { SyncPanel } from "./sync-panel";
import { UndoPanel } from "./undo-panel";
import { ViewsPanel } from "./views-panel";

/**
 * Step 5 of the loop: run the register — new cases, automatic routing, sync, the Outbox, undo, formats,
 * views, my work.
 */
export function RunView() {
  const { lang, t } = useStrings();
  const { binding } = useSession();
  const { newCase } = useNavigation();
  const routing = useRouting(binding);
  const workbookPeople = useWorkbookPeople();
  const [refreshKey, setRefreshKey] = useState(0);
  const [formOpen, setFormOpen] = useState(newCase !== undefined);
  const form = useRef<HTMLDivElement>(null);
  // The Start view or the ribbon's New case button asked for the form: open it and bring it into view.
  useEffect(() => {
    if (newCase === undefined) return;
    setFormOpen(true);
    requestAnimationFrame(() => {
      form.current?.scrollIntoView?.({ block: "start" }); // jsdom has none
      form.current?.querySelector<HTMLElement>("input, textarea, [role=combobox]")?.focus();
    });
  }, [newCase]);
  if (!binding) return <NoProcess />;
  const def = binding.definition;
  const steps = def.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id] as const);
  const nameOf = (id: string) => (id === END ? t.end : (steps.find(([sid]) => sid === id)?.[1] ?? id));
  const people = withPeopleNames(peopleIn(def), workbookPeople.people);
  const refresh = () => setRefreshKey((k) => k + 1);
  return (
    <Stack>
      <Section title={t.newCase}>
        <div ref={form}>
          {formOpen ? (
            <NewCaseForm binding={binding} />
          ) : (
            <DefaultButton
              text={t.newCase}
              iconProps={{ iconName: "Add" }}
              onClick={() => setFormOpen(true)}
              styles={{ root: { alignSelf: "flex-start" } }}
            />
          )}
        </div>
      </Section>
      <Section title={t.myWork}>
        <MyWork
          binding={binding}
          people={people}
          nameOf={nameOf}
          refreshKey={refreshKey + routing.routedCount}
        />
      </Section>
      <Section title={t.automaticTitle}>
        <AutomaticPanel binding={binding} />
      </Section>
      <Section title={t.syncTitle}>
        <SyncPanel binding={binding} onSynced={refresh} refreshKey={refreshKey} />
      </Section>
      <Section title={t.outboxTitle}>
        <OutboxPanel binding={binding} refreshKey={refreshKey + routing.remindedCount} />
      </Section>
      <Section title={t.undoTitle}>
        <UndoPanel binding={binding} onUndone={refresh} />
      </Section>
      <Section title={t.formatsTitle}>
        <FormatsPanel binding={binding} />
      </Section>
      <Section title={t.viewsTitle}>
        <ViewsPanel binding={binding} steps={steps} people={people} />
      </Section>
    </Stack>
  );
}
