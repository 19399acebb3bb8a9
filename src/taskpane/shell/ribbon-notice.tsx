import { MessageBar, MessageBarType } from "@fluentui/react";
import { useEffect, useState } from "react";
import { onRibbonOutcome, type RibbonOutcome } from "../../commands/ribbon-commands";
import { describeError } from "../../core/error";
import { useStrings } from "../i18n/use-strings";

/** Says what the ribbon's "Sync process" did, since it runs without the pane. */
export function RibbonNotice() {
  const { t, f, lang } = useStrings();
  const [outcome, setOutcome] = useState<RibbonOutcome | undefined>();
  useEffect(() => onRibbonOutcome(setOutcome), []);
  if (!outcome) return null;
  const dismiss = () => setOutcome(undefined);
  if (outcome.kind === "synced")
    return (
      <MessageBar
        messageBarType={MessageBarType.success}
        onDismiss={dismiss}
        dismissButtonAriaLabel={t.close}
      >
        {f("ribbonSynced", { process: outcome.process, rows: outcome.rows, events: outcome.events })}
      </MessageBar>
    );
  if (outcome.kind === "noProcess")
    return (
      <MessageBar
        messageBarType={MessageBarType.warning}
        onDismiss={dismiss}
        dismissButtonAriaLabel={t.close}
      >
        {t.ribbonNoProcess}
      </MessageBar>
    );
  return (
    <MessageBar messageBarType={MessageBarType.error} onDismiss={dismiss} dismissButtonAriaLabel={t.close}>
      {t.ribbonFailed} {describeError(outcome.error, lang)}
    </MessageBar>
  );
}
