import { resolveText } from "../../core/text";
import { Link, MessageBarType, Shimmer, Stack } from "@fluentui/react";
import { useState } from "react";
import { Note } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { loadTemplate } from "../templates/catalog";
import { AdoptFlow } from "./adopt-flow";
import { CreateForm } from "./create-form";
import { TemplateCard } from "./template-card";
import { useTemplateSummaries } from "./use-template-summaries";

type Open = { readonly id: string; readonly mode: "create" | "adopt" } | undefined;

/** The built-in templates; each can become a new register or be laid over the sheet already open. */
export function TemplateGallery() {
  const { lang, t, f } = useStrings();
  const { go } = useNavigation();
  const summaries = useTemplateSummaries();
  const [open, setOpen] = useState<Open>();
  const [done, setDone] = useState<string | undefined>();

  if (!summaries)
    return (
      <Stack tokens={{ childrenGap: 8 }} aria-busy="true" aria-label={t.loadingTemplates}>
        <Shimmer />
        <Shimmer width="80%" />
        <Shimmer width="60%" />
      </Stack>
    );

  const finished = (table: string) => {
    setOpen(undefined);
    setDone(table);
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {done && (
        <Note result type={MessageBarType.success}>
          {f("registerReady", { process: done })} <Link onClick={() => go("goals")}>{t.nextSetGoals}</Link>
        </Note>
      )}
      <ul
        role="list"
        aria-label={t.templates}
        style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 12 }}
      >
        {summaries.map((s) => (
          <li key={s.id}>
            <TemplateCard
              summary={s}
              onCreate={() => setOpen({ id: s.id, mode: "create" })}
              onAdopt={() => setOpen({ id: s.id, mode: "adopt" })}
            >
              {open?.id !== s.id ? undefined : open.mode === "create" ? (
                <CreateForm
                  load={() => loadTemplate(s.id)}
                  onCreated={(b) => finished(resolveText(b.definition.name, lang) || b.id)}
                  onCancel={() => setOpen(undefined)}
                />
              ) : (
                <AdoptFlow
                  load={() => loadTemplate(s.id)}
                  onAdopted={(b) => finished(resolveText(b.definition.name, lang) || b.id)}
                  onCancel={() => setOpen(undefined)}
                />
              )}
            </TemplateCard>
          </li>
        ))}
      </ul>
      {summaries.length === 0 && <Note type={MessageBarType.warning}>{t.noTemplates}</Note>}
    </Stack>
  );
}
