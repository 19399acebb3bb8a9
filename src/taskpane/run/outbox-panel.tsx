import {
  DefaultButton,
  Dropdown,
  Link,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
} from "@fluentui/react";
import { useCallback, useEffect, useState } from "react";
import type { ProcsheetError } from "../../core/result";
import type { OutboxEntry } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { OUTBOX_STATUSES, type OutboxStatus } from "../../workbook/outbox/outbox-table";
import { ErrorBar } from "../components/error-bar";
import { unexpectedError } from "../components/errors";
import { namesList } from "../components/names-list";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { kindOf, mailDrafts, type MailDraft } from "./mail-drafts";

/** How many messages the list shows, the newest first; the rest are on the Outbox sheet. */
const LISTED = 15;

export interface OutboxPanelProps {
  readonly binding: ProcessBinding;
  /** Bumped after a sync, a routing or a reminders pass: the Outbox is read again. */
  readonly refreshKey: number;
}

interface Opened {
  readonly drafts: readonly MailDraft[];
  readonly keys: readonly string[];
  readonly noAddress: readonly string[];
  readonly failed: boolean;
}

/**
 * The Outbox (docs/notifications.md): pending, sent and failed reminders, the newest first, and "Email
 * these" for every pending one (listed or not).
 */
export function OutboxPanel({ binding, refreshKey }: OutboxPanelProps) {
  const { lang, t, f, say } = useStrings();
  const excel = useExcel();
  const [entries, setEntries] = useState<readonly OutboxEntry[] | undefined>();
  const [show, setShow] = useState<OutboxStatus>("pending");
  const [error, setError] = useState<ProcsheetError | undefined>();
  const [opened, setOpened] = useState<Opened | undefined>();
  const [marked, setMarked] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const r = await excel.readOutbox(binding);
      if (r.ok) setEntries(r.value);
      else setError(r.error);
    } catch (e) {
      setError(unexpectedError(e));
    }
  }, [excel, binding]);
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const kindText = (key: string): string => {
    const k = kindOf({ key });
    if (k.kind === "assigned") return t.kindAssigned;
    if (k.kind === "dueSoon") return t.kindDueSoon;
    if (k.kind === "overdue") return t.kindOverdue;
    return f("kindEscalation", { level: k.level ?? 1 });
  };

  const emailThese = async () => {
    const drafts = mailDrafts(
      (entries ?? []).map((e) => e.row),
      (n, cases) => f("emailSubjectMany", { n, cases: namesList(cases, lang) }),
    );
    let failed = false;
    for (const d of drafts) if (!(await excel.openMailDraft(d.url))) failed = true;
    setMarked(undefined);
    setOpened({
      drafts,
      keys: drafts.flatMap((d) => d.keys),
      noAddress: drafts.filter((d) => d.address === "").map((d) => d.to),
      failed,
    });
  };

  const markSent = async () => {
    if (!opened) return;
    setBusy(true);
    try {
      const r = await excel.markOutboxSent(binding, opened.keys);
      if (r.ok) {
        setMarked(r.value);
        setOpened(undefined);
        await load();
      } else setError(r.error);
    } catch (e) {
      setError(unexpectedError(e));
    } finally {
      setBusy(false);
    }
  };

  if (entries === undefined) return error ? <ErrorBar error={error} /> : <Text>{t.loading}</Text>;
  const shown = entries.filter((e) => e.row.status === show).reverse();
  const pending = entries.filter((e) => e.row.status === "pending").length;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.outboxIntro}</Text>
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      {entries.length === 0 ? (
        <Text>{t.outboxNone}</Text>
      ) : (
        <>
          <Dropdown
            label={t.outboxShow}
            selectedKey={show}
            options={OUTBOX_STATUSES.map((s) => ({
              key: s,
              text: `${say(`outbox.status.${s}`, {})} (${entries.filter((e) => e.row.status === s).length})`,
            }))}
            onChange={(_e, o) => o && setShow(o.key as OutboxStatus)}
          />
          <Text role="status">
            {shown.length === 0 ? t.outboxEmpty : f("outboxCount", { n: shown.length })}
          </Text>
          <ul aria-label={t.outboxTitle} style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {shown.slice(0, LISTED).map(({ row }) => (
              <li
                key={row.key}
                style={{ padding: "4px 0", borderBottom: "1px solid #edebe9", overflowWrap: "anywhere" }}
              >
                <Text block styles={{ root: { fontWeight: 600 } }}>
                  {row.caseId} · {kindText(row.key)}
                </Text>
                <Text block variant="small">
                  {f("outboxTo", { to: row.to })}
                  {row.address ? ` <${row.address}>` : ""} · {say(`outbox.status.${row.status}`, {})}
                </Text>
                {row.lastError && (
                  <Text block variant="small" styles={{ root: { color: "#a4262c" } }}>
                    {row.lastError}
                  </Text>
                )}
              </li>
            ))}
          </ul>
          {shown.length > LISTED && (
            <Text variant="small">{f("outboxMore", { n: shown.length - LISTED })}</Text>
          )}
        </>
      )}
      {pending > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <PrimaryButton
            text={t.emailThese}
            iconProps={{ iconName: "Mail" }}
            onClick={() => void emailThese()}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
          <Text variant="small">{t.emailHint}</Text>
        </Stack>
      )}
      {opened && (
        <MessageBar messageBarType={opened.failed ? MessageBarType.warning : MessageBarType.info}>
          <Text block>
            {opened.failed ? t.emailNotOpened : f("emailOpened", { n: opened.drafts.length })}
          </Text>
          {opened.noAddress.length > 0 && (
            <Text block>{f("emailNoAddress", { names: namesList(opened.noAddress, lang) })}</Text>
          )}
        </MessageBar>
      )}
      {opened && opened.drafts.length > 1 && (
        <Stack tokens={{ childrenGap: 2 }}>
          <Text variant="small">{t.draftsHint}</Text>
          {opened.drafts.map((d) => (
            <Link key={d.to} onClick={() => void excel.openMailDraft(d.url)}>
              {f("draftFor", { name: d.to, n: d.keys.length })}
            </Link>
          ))}
        </Stack>
      )}
      {opened && opened.keys.length > 0 && (
        <DefaultButton
          text={t.markSent}
          iconProps={{ iconName: "CheckMark" }}
          disabled={busy}
          onClick={() => void markSent()}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
      {marked !== undefined && (
        <MessageBar messageBarType={MessageBarType.success}>{f("markedSent", { n: marked })}</MessageBar>
      )}
    </Stack>
  );
}
