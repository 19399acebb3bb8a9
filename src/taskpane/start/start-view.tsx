import { DefaultButton, Text } from "@fluentui/react";
import { Section } from "../components/section";
import { useNavigation } from "../navigation";
import { BlankStart } from "./blank-start";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { OrgCatalogList } from "./org-catalog-list";
import { ProcessList } from "./process-list";
import { TemplateGallery } from "./template-gallery";
import { useOrgCatalog } from "./use-org-catalog";

/**
 * Start: open a process this workbook holds, build a new one from blank, or create / adopt one from the
 * organisation's catalogue (when the admin deployed one) or a built-in template.
 */
export function StartView() {
  const { t } = useStrings();
  const { processes } = useSession();
  const { go } = useNavigation();
  const org = useOrgCatalog();
  return (
    <>
      {processes.length > 0 && (
        <Section title={t.processesInWorkbook}>
          <ProcessList />
          <Text variant="small">{t.offerNewCase}</Text>
          <DefaultButton
            text={t.newCase}
            iconProps={{ iconName: "Add" }}
            onClick={() => go("run", { newCase: true })}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </Section>
      )}
      {org && (org.processes.length > 0 || org.problems.length > 0) && (
        <Section title={t.orgCatalog}>
          <OrgCatalogList catalog={org} />
        </Section>
      )}
      <Section title={t.blankTitle}>
        <BlankStart />
      </Section>
      <Section title={t.templates}>
        <TemplateGallery />
      </Section>
    </>
  );
}
