import { Link, MessageBar, MessageBarType } from "@fluentui/react";
import type { ReactNode } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import { useStrings } from "../i18n/use-strings";
import { ActionResult } from "./action-result";
import { describe, problemLine } from "./errors";

/**
 * One error, in the person's language, saying what to do next. One that can be dismissed is an action's
 * outcome, brought into view where the action was taken (ActionResult).
 */
export function ErrorBar({
  error,
  onDismiss,
}: {
  readonly error: ProcsheetError;
  readonly onDismiss?: () => void;
}) {
  const { lang, t } = useStrings();
  const bar = (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      {...(onDismiss ? { onDismiss, dismissButtonAriaLabel: t.close } : {})}
    >
      {describe(error, lang)}
    </MessageBar>
  );
  return onDismiss ? <ActionResult>{bar}</ActionResult> : bar;
}

/** Several problems (a definition, an adopted sheet, a sync's row errors) as one list. */
export function ProblemList({
  problems,
  title,
  type = MessageBarType.error,
  definition,
  onSelectCase,
}: {
  readonly problems: readonly ProcsheetError[];
  readonly title: string;
  readonly type?: MessageBarType;
  /** The process the problems are in, to name their places in words instead of JSON paths. */
  readonly definition?: ProcessDefinition | undefined;
  /** A row's problem names its case; clicking it selects that row in the register. */
  readonly onSelectCase?: (caseId: string) => void;
}) {
  const { lang, f } = useStrings();
  if (problems.length === 0) return null;
  return (
    <MessageBar messageBarType={type} isMultiline>
      <strong>{title}</strong>
      <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
        {problems.map((p, i) => (
          <li key={i}>
            {onSelectCase && p.rowId ? (
              <Link
                onClick={() => onSelectCase(p.rowId as string)}
                aria-label={f("moveSelect", { id: p.rowId })}
              >
                {problemLine(p, lang, definition)}
              </Link>
            ) : (
              problemLine(p, lang, definition)
            )}
          </li>
        ))}
      </ul>
    </MessageBar>
  );
}

/** A message; `result`: what an action just did, brought into view where it was taken (ActionResult). */
export function Note({
  children,
  type = MessageBarType.info,
  result = false,
}: {
  readonly children: ReactNode;
  readonly type?: MessageBarType;
  readonly result?: boolean;
}) {
  const bar = (
    <MessageBar messageBarType={type} isMultiline>
      {children}
    </MessageBar>
  );
  return result ? <ActionResult>{bar}</ActionResult> : bar;
}
