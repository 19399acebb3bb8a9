import { Stack, Text, Toggle } from "@fluentui/react";
import { useEffect, useState } from "react";
import type { ProcsheetError } from "../../core/result";
import type { OpenWithWorkbook } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar } from "../components/error-bar";
import { unexpectedError } from "../components/errors";
import { MovesList } from "../components/moves-list";
import { useAutomation, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { useRouting } from "./use-routing";

/**
 * Automatic routing for the open process: on or off (stored in the workbook), who routes among
 * co-authors, whether Office opens Procsheet (and loads it) with the workbook, and what was just routed.
 */
export function AutomaticPanel({ binding }: { readonly binding: ProcessBinding }) {
  const { t, f } = useStrings();
  const excel = useExcel();
  const automation = useAutomation();
  const { put } = useSession();
  const routing = useRouting(binding);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProcsheetError | undefined>();
  const [openWith, setOpenWith] = useState<OpenWithWorkbook | undefined>();
  const on = binding.automatic === true;

  useEffect(() => {
    let live = true;
    void excel.openWithWorkbook().then((r) => live && r.ok && setOpenWith(r.value));
    return () => {
      live = false;
    };
  }, [excel]);

  const act = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(unexpectedError(e));
    } finally {
      setBusy(false);
    }
  };

  const switchAutomatic = (next: boolean) =>
    act(async () => {
      const r = await excel.setAutomatic(binding, next);
      if (!r.ok) return setError(r.error);
      put(r.value);
      await automation?.refresh();
    });
  const switchOpenWith = (change: Partial<Record<keyof OpenWithWorkbook, boolean>>) =>
    act(async () => {
      const r = await excel.setOpenWithWorkbook(change);
      if (r.ok) setOpenWith(r.value);
      else setError(r.error);
    });

  const standing = routing.standing;
  const status = !on
    ? t.automaticOff
    : standing.kind === "routing"
      ? t.automaticHere
      : standing.kind === "elsewhere"
        ? standing.name
          ? f("automaticElsewhere", { name: standing.name })
          : t.automaticElsewhereNoName
        : t.automaticStarting;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Toggle
        label={t.automaticOn}
        checked={on}
        disabled={busy}
        onChange={(_e, v) => void switchAutomatic(Boolean(v))}
      />
      <Text role="status">{status}</Text>
      <Text variant="small">{t.automaticHelp}</Text>
      {openWith && (
        <>
          <Toggle
            label={t.openWithWorkbook}
            checked={openWith.showPane}
            disabled={busy}
            onChange={(_e, v) => void switchOpenWith({ showPane: Boolean(v) })}
          />
          {openWith.loadAtOpen === "unsupported" ? (
            <Text variant="small">{t.loadAtOpenUnsupported}</Text>
          ) : (
            <Toggle
              label={t.loadAtOpen}
              checked={openWith.loadAtOpen}
              disabled={busy}
              onChange={(_e, v) => void switchOpenWith({ loadAtOpen: Boolean(v) })}
            />
          )}
        </>
      )}
      {error && <ErrorBar error={error} onDismiss={() => setError(undefined)} />}
      {on && (
        <>
          <Text as="h3" styles={{ root: { margin: 0, fontWeight: 600, fontSize: 14 } }}>
            {t.movedTitle}
          </Text>
          {routing.moved.length === 0 ? (
            <Text variant="small">{t.movedNone}</Text>
          ) : (
            <MovesList binding={binding} moved={routing.moved} label={t.movedTitle} />
          )}
        </>
      )}
    </Stack>
  );
}
