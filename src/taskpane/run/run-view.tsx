import { Stack } from "@fluentui/react";
import { useState } from "react";
import { END } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { NoProcess } from "../components/no-process";
import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { peopleIn } from "../components/people";
import { useSession } from "../session/session-context";
import { FormatsPanel } from "./formats-panel";
import { MyWork } from "./my-work";
import { SyncPanel } from "./sync-panel";
import { UndoPanel } from "./undo-panel";
import { ViewsPanel } from "./views-panel";

/** Step 5 of the loop: run the register — sync, undo, formats, views, and my own work. */
export function RunView() {
  const { lang, t } = useStrings();
  const { binding } = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  if (!binding) return <NoProcess />;
  const def = binding.definition;
  const steps = def.steps.map((s) => [s.id, resolveText(s.name, lang) || s.id] as const);
  const nameOf = (id: string) => (id === END ? t.end : (steps.find(([sid]) => sid === id)?.[1] ?? id));
  const people = peopleIn(def);
  const refresh = () => setRefreshKey((k) => k + 1);
  return (
    <Stack>
      <Section title={t.myWork}>
        <MyWork binding={binding} people={people} nameOf={nameOf} refreshKey={refreshKey} />
      </Section>
      <Section title={t.syncTitle}>
        <SyncPanel binding={binding} onSynced={refresh} refreshKey={refreshKey} />
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
