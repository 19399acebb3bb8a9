import { FontIcon, Link, Stack, Text, mergeStyleSets } from "@fluentui/react";
import type { CheckResult, CheckStatus, SelfCheckReport } from "../../excel/api-types";
import { sayKnown } from "../../words/say";
import { useStrings } from "../i18n/use-strings";

const STATUS_LOOK: Readonly<Record<CheckStatus, { readonly icon: string; readonly color: string }>> = {
  pass: { icon: "Completed", color: "#107C10" },
  fail: { icon: "ErrorBadge", color: "#A4262C" },
  unsupported: { icon: "Blocked", color: "#605E5C" },
  unobserved: { icon: "Warning", color: "#8A5300" },
};

const css = mergeStyleSets({
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: { display: "flex", gap: 8, padding: "6px 0", borderBottom: "1px solid #EDEBE9", minWidth: 0 },
  icon: { fontSize: 16, lineHeight: "20px", flexShrink: 0 },
  detail: { display: "block", color: "#605E5C", overflowWrap: "anywhere" },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 12, rowGap: 2 },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

/** "ExcelApi 1.1–1.17", or the versions one by one when they have gaps. */
export function setsLine(report: SelfCheckReport, none: string): string {
  const v = report.excelApi;
  const contiguous = v.every((x, i) => x === `1.${i + 1}`);
  const excel =
    v.length === 0 ? "" : contiguous ? `ExcelApi 1.1–${v[v.length - 1]}` : `ExcelApi ${v.join(", ")}`;
  const all = [excel, report.sharedRuntime ? "SharedRuntime 1.1" : ""].filter((s) => s !== "");
  return all.length > 0 ? all.join(" · ") : none;
}

function ResultItem({ result }: { readonly result: CheckResult }) {
  const { lang, say } = useStrings();
  const look = STATUS_LOOK[result.status];
  const title = sayKnown(`diagnostics.check.${result.id}`, {}, lang) ?? result.id;
  const status = say(`diagnostics.status.${result.status}`, {});
  return (
    <li className={css.item} data-status={result.status} data-check={result.id}>
      <FontIcon iconName={look.icon} className={css.icon} style={{ color: look.color }} aria-hidden />
      <div style={{ minWidth: 0 }}>
        <Text block>{title}</Text>
        <Text variant="small" block styles={{ root: { color: look.color, fontWeight: 600 } }}>
          {status}
        </Text>
        {result.status !== "pass" && (
          <Text variant="small" className={css.detail}>
            {say("diagnostics.saw", { saw: result.saw })}
            <br />
            {result.choice !== undefined && (
              <>
                {say("diagnostics.choice", { n: result.choice })}
                <br />
              </>
            )}
            {say("diagnostics.mirrors", { file: result.mirrors })}
            <br />
            <Link href={result.page} target="_blank" rel="noreferrer">
              {say("diagnostics.page", {})}
            </Link>
          </Text>
        )}
      </div>
    </li>
  );
}

/** The self-check's answer: this Excel, the counts, and each check with what Excel did when it was not as assumed. */
export function ReportView({ report }: { readonly report: SelfCheckReport }) {
  const { say } = useStrings();
  const facts: readonly [string, string][] = [
    [say("diagnostics.host", {}), report.host.host],
    [say("diagnostics.platform", {}), report.host.platform],
    [say("diagnostics.version", {}), report.host.version],
    [say("diagnostics.language", {}), report.host.displayLanguage],
    [say("diagnostics.sets", {}), setsLine(report, say("diagnostics.noSets", {}))],
  ];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {say("diagnostics.environment", {})}
      </Text>
      <dl className={css.facts}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={css.term}>{term}</dt>
            <dd className={css.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {say("diagnostics.results", {})}
      </Text>
      <Text role="status" data-testid="diagnostics-summary">
        {say("diagnostics.summary", { ...report.counts })}
      </Text>
      <ul className={css.list} aria-label={say("diagnostics.results", {})}>
        {report.results.map((r) => (
          <ResultItem key={r.id} result={r} />
        ))}
      </ul>
    </Stack>
  );
}
