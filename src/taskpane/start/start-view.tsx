import { Section } from "../components/section";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { ProcessList } from "./process-list";
import { TemplateGallery } from "./template-gallery";

/** Start: open a process this workbook holds, or create / adopt one from a template. */
export function StartView() {
  const { t } = useStrings();
  const { processes } = useSession();
  return (
    <>
      {processes.length > 0 && (
        <Section title={t.processesInWorkbook}>
          <ProcessList />
        </Section>
      )}
      <Section title={t.templates}>
        <TemplateGallery />
      </Section>
    </>
  );
}
