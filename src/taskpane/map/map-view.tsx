import { NoProcess } from "../components/no-process";
import { SaveBar } from "../components/save-bar";
import { Section } from "../components/section";
import { FieldsEditor } from "../fields/fields-editor";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { useDraft } from "../session/draft-context";
import { useSession } from "../session/session-context";
import { DrawMap } from "./draw-map";
import { StepsEditor } from "./steps-editor";

/**
 * Step 2 of the loop: the process drawn as a flow (a click on a step opens its editor), the same steps as
 * an ordered list for the keyboard and screen readers (add, rename, reorder, delete), the fields each
 * case records, and the map drawn on a sheet of its own.
 */
export function MapView() {
  const { t } = useStrings();
  const { binding } = useSession();
  const { draft } = useDraft();
  const { go } = useNavigation();
  if (!draft) return <NoProcess />;
  return (
    <>
      <SaveBar />
      <StepsEditor onRules={(stepId) => go("rules", { stepId })} below={binding ? <DrawMap /> : undefined} />
      <Section title={t.fieldsTitle}>
        <FieldsEditor />
      </Section>
    </>
  );
}
