// Loaded with this view only: the self-check's words stay out of the pane's first download.
import "../../words/pane-diagnostics";
import {
  ActionButton,
  DefaultButton,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Stack,
  Text,
} from "@fluentui/react";
import { useRef, useState } from "react";
import type { SelfCheckReport } from "../../excel/api-types";
import { Note } from "../components/error-bar";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { copyText } from "./copy-report";
import { ReportView } from "./report-view";

export interface DiagnosticsViewProps {
  readonly onBack: () => void;
}

/**
 * The self-check (src/excel/diagnostics): runs each behaviour the simulation assumes in this Excel, shows
 * how each came out, and copies the report as JSON for a GitHub issue.
 */
export function DiagnosticsView({ onBack }: DiagnosticsViewProps) {
  const excel = useExcel();
  const { say } = useStrings();
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number }>();
  const [report, setReport] = useState<SelfCheckReport>();
  const [problem, setProblem] = useState<string>();
  const [copied, setCopied] = useState<boolean>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const running = progress !== undefined;
  const json = report ? JSON.stringify(report, null, 2) : "";

  const run = async (): Promise<void> => {
    setReport(undefined);
    setProblem(undefined);
    setCopied(undefined);
    setProgress({ done: 0, total: 1 });
    try {
      setReport(await excel.runSelfCheck({ onProgress: (done, total) => setProgress({ done, total }) }));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="diagnostics">
      <ActionButton
        iconProps={{ iconName: "ChevronLeft" }}
        text={say("diagnostics.back", {})}
        onClick={onBack}
        styles={{ root: { alignSelf: "flex-start", paddingLeft: 0, marginLeft: -4 } }}
      />
      <Text as="h2" variant="large" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {say("diagnostics.title", {})}
      </Text>
      <Text>{say("diagnostics.intro", {})}</Text>
      <PrimaryButton
        text={say(report ? "diagnostics.runAgain" : "diagnostics.run", {})}
        iconProps={{ iconName: "Play" }}
        disabled={running}
        onClick={() => void run()}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {progress && (
        <ProgressIndicator
          label={say("diagnostics.running", {
            done: Math.min(progress.done + 1, progress.total),
            total: progress.total,
          })}
          percentComplete={progress.total > 0 ? progress.done / progress.total : 0}
        />
      )}
      {problem && (
        <Note type={MessageBarType.error}>{say("diagnostics.failedToRun", { message: problem })}</Note>
      )}
      {report && (
        <>
          <ReportView report={report} />
          <DefaultButton
            text={say("diagnostics.copy", {})}
            iconProps={{ iconName: "Copy" }}
            onClick={() => void copyText(json, textarea.current).then(setCopied)}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
          {copied !== undefined && (
            <Note type={copied ? MessageBarType.success : MessageBarType.warning}>
              {say(copied ? "diagnostics.copied" : "diagnostics.copyFailed", {})}
            </Note>
          )}
          <label htmlFor="procsheet-self-check-json">
            <Text variant="small">{say("diagnostics.reportLabel", {})}</Text>
          </label>
          <textarea
            id="procsheet-self-check-json"
            ref={textarea}
            readOnly
            value={json}
            rows={6}
            style={{
              width: "100%",
              boxSizing: "border-box",
              fontFamily: "Consolas, monospace",
              fontSize: 11,
            }}
          />
        </>
      )}
    </Stack>
  );
}
