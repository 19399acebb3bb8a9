import { DefaultButton, Link, MessageBarType, Stack, Text, useTheme } from "@fluentui/react";
import { useState } from "react";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessDefinition } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import type { ProcessBinding } from "../../workbook/binding";
import { Note, ProblemList } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { useSession } from "../session/session-context";
import { summarize } from "../templates/catalog";
import {
  workbookVersion,
  type OfferedFile,
  type OrgCatalog,
  type OrgCatalogFile,
  type OrgProcess,
} from "../templates/org-catalog";
import { AdoptFlow } from "./adopt-flow";
import { CreateForm } from "./create-form";
import { TemplateCard } from "./template-card";
import { UpgradePanel } from "./upgrade-panel";

type Open = { readonly id: string; readonly mode: "create" | "adopt" | "upgrade" } | undefined;
type Done =
  { readonly kind: "created"; readonly table: string } | { readonly kind: "upgraded"; readonly text: string };

const loaded = (def: ProcessDefinition) => async (): Promise<Result<ProcessDefinition, ProcsheetError>> => ({
  ok: true,
  value: def,
});

/** The version line, the older versions, and how the workbook's copy compares (with the upgrade offer). */
function OrgMeta({
  process,
  processes,
  onReview,
}: {
  readonly process: OrgProcess;
  readonly processes: readonly ProcessBinding[];
  readonly onReview?: () => void;
}) {
  const { t, f } = useStrings();
  const theme = useTheme();
  const { offered, history } = process;
  const inWorkbook = workbookVersion(processes, offered);
  const small = { root: { color: theme.semanticColors.bodySubtext } };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="small" styles={small}>
        {f("orgVersion", { version: offered.version })}
      </Text>
      {history.length > 0 && (
        <Text variant="small" styles={small}>
          {f("orgHistory", { versions: history.map((h) => h.version).join(t.listSeparator) })}
        </Text>
      )}
      {offered.changed && (
        <Note type={MessageBarType.warning}>{f("catalogChanged", { file: offered.file })}</Note>
      )}
      {inWorkbook.kind === "same" && <Text variant="small">{t.workbookRunsThis}</Text>}
      {inWorkbook.kind === "newer" && (
        <Text variant="small">
          {f("workbookRunsNewer", { current: inWorkbook.current, version: offered.version })}
        </Text>
      )}
      {inWorkbook.kind === "older" && (
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
            {f("workbookRunsOlder", { current: inWorkbook.current, version: offered.version })}
          </Text>
          {onReview && <DefaultButton text={t.reviewUpgrade} onClick={onReview} />}
        </Stack>
      )}
    </Stack>
  );
}

/** A file the gallery cannot offer, and why: its problems as `path: message`, or what went wrong reading it. */
function FileProblem({ file }: { readonly file: OrgCatalogFile }) {
  const { f } = useStrings();
  if (file.unreachable !== undefined)
    return (
      <Note type={MessageBarType.warning}>
        {f("catalogUnreachable", { file: file.file, detail: file.unreachable })}
      </Note>
    );
  if (file.duplicateOf !== undefined)
    return (
      <Note type={MessageBarType.warning}>
        {f("catalogDuplicate", { file: file.file, other: file.duplicateOf })}
      </Note>
    );
  return <ProblemList problems={file.problems} title={f("catalogCannotOffer", { file: file.file })} />;
}

/**
 * The organisation's processes (catalog/ beside the deployed pane): each can start a register or be laid
 * over the open sheet like a built-in template; where the workbook runs an older version, an upgrade is
 * offered and shows what changes before it applies. Files that cannot be offered are listed with why.
 */
export function OrgCatalogList({ catalog }: { readonly catalog: OrgCatalog }) {
  const { lang, t, f } = useStrings();
  const { go } = useNavigation();
  const { processes } = useSession();
  const [open, setOpen] = useState<Open>();
  const [done, setDone] = useState<Done | undefined>();

  const form = (p: OrgProcess, offered: OfferedFile) => {
    if (open?.id !== p.id) return undefined;
    if (open.mode === "create")
      return (
        <CreateForm
          load={loaded(offered.definition)}
          onCreated={(b) => {
            setOpen(undefined);
            setDone({ kind: "created", table: resolveText(b.definition.name, lang) || b.id });
          }}
          onCancel={() => setOpen(undefined)}
        />
      );
    if (open.mode === "adopt")
      return (
        <AdoptFlow
          load={loaded(offered.definition)}
          onAdopted={(b) => {
            setOpen(undefined);
            setDone({ kind: "created", table: resolveText(b.definition.name, lang) || b.id });
          }}
          onCancel={() => setOpen(undefined)}
        />
      );
    const current = workbookVersion(processes, offered);
    if (current.kind !== "older") return undefined;
    return (
      <UpgradePanel
        binding={current.binding}
        offered={offered}
        onUpgraded={(b) => {
          setOpen(undefined);
          setDone({
            kind: "upgraded",
            text: f("upgraded", { name: resolveText(b.definition.name, lang) || b.id, version: b.version }),
          });
        }}
        onCancel={() => setOpen(undefined)}
      />
    );
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {done?.kind === "created" && (
        <Note result type={MessageBarType.success}>
          {f("registerReady", { process: done.table })}{" "}
          <Link onClick={() => go("goals")}>{t.nextSetGoals}</Link>
        </Note>
      )}
      {done?.kind === "upgraded" && (
        <Note result type={MessageBarType.success}>
          {done.text}
        </Note>
      )}
      {catalog.processes.length > 0 && (
        <ul
          role="list"
          aria-label={t.orgCatalog}
          style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 12 }}
        >
          {catalog.processes.map((p) => (
            <li key={p.id}>
              <TemplateCard
                summary={summarize(p.offered.definition)}
                onCreate={() => setOpen({ id: p.id, mode: "create" })}
                onAdopt={() => setOpen({ id: p.id, mode: "adopt" })}
                meta={
                  <OrgMeta
                    process={p}
                    processes={processes}
                    {...(open?.id === p.id ? {} : { onReview: () => setOpen({ id: p.id, mode: "upgrade" }) })}
                  />
                }
              >
                {form(p, p.offered)}
              </TemplateCard>
            </li>
          ))}
        </ul>
      )}
      {catalog.problems.map((file) => (
        <FileProblem key={file.file} file={file} />
      ))}
    </Stack>
  );
}
