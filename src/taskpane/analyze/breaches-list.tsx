import { DefaultButton, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { Analysis } from "../../core/analysis/analyze";
import { breachesForReading } from "../../core/analysis/sla";
import { useStrings } from "../i18n/use-strings";

const SHOWN = 8;

/**
 * The stays that ran past their due date: those still in their step first (the most overdue first), then
 * the most recent; the first few, and all of them on request.
 */
export function BreachesList({
  analysis,
  nameOf,
}: {
  readonly analysis: Analysis;
  readonly nameOf: (step: string) => string;
}) {
  const { t, f, date } = useStrings();
  const [all, setAll] = useState(false);
  const breaches = breachesForReading(analysis.breaches);
  if (breaches.length === 0) return <Text>{t.breachesNone}</Text>;
  const open = breaches.filter((b) => b.left === null).length;
  const shown = all ? breaches : breaches.slice(0, SHOWN);
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Text>{f("breachesSummary", { count: breaches.length, open })}</Text>
      <ul aria-label={t.breachesTitle} style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
        {shown.map((b) => (
          <li key={`${b.caseId}-${b.step}-${b.due}-${b.left ?? ""}`}>
            {b.left === null
              ? f("breachOpen", {
                  caseId: b.caseId,
                  step: nameOf(b.step),
                  due: date(b.due),
                  days: b.daysLate,
                })
              : f("breachLeft", {
                  caseId: b.caseId,
                  step: nameOf(b.step),
                  due: date(b.due),
                  left: date(b.left),
                  days: b.daysLate,
                })}
          </li>
        ))}
      </ul>
      {breaches.length > SHOWN && (
        <DefaultButton
          text={all ? t.showFewer : f("showAll", { n: breaches.length })}
          onClick={() => setAll((a) => !a)}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
    </Stack>
  );
}
