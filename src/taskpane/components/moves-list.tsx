import { Link, Stack, Text } from "@fluentui/react";
import { caseAmount, caseTitle } from "../../core/cases/case-summary";
import type { RuleRow } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import type { MovedCase } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";

function text(v: RuleRow[string] | undefined): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/**
 * What a sync moved, in people's terms — "PR-0034 Label printer → 孙丽, due 03/04" — each line selecting the
 * case's row in the register when clicked.
 */
export function MovesList({
  binding,
  moved,
  label,
}: {
  readonly binding: ProcessBinding;
  readonly moved: readonly MovedCase[];
  readonly label: string;
}) {
  const { t, f, lang, day, num } = useStrings();
  const excel = useExcel();
  const def = binding.definition;
  const stepName = (id: string): string => resolveText(def.steps.find((s) => s.id === id)?.name, lang) || id;

  const what = (m: MovedCase): string => {
    const { before, after } = m;
    if (text(after.closed) && !text(before.closed))
      return after.status === "cancelled" ? t.moveCancelled : t.moveClosed;
    const owner = text(after.owner);
    const due = text(after.due);
    const parts: string[] = [];
    const step = text(after.step);
    if (step && !text(before.step)) parts.push(f("moveStarted", { step: stepName(step) }));
    else if (step && step !== before.step) parts.push(f("moveStep", { step: stepName(step) }));
    if (owner && (owner !== before.owner || step !== before.step))
      parts.push(due ? f("moveOwnerDue", { owner, due: day(due) }) : f("moveOwner", { owner }));
    return parts.length > 0 ? parts.join(" ") : t.moveOther;
  };

  return (
    <ul aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {moved.map((m) => {
        const title = caseTitle(def, m.after);
        const amount = caseAmount(def, m.after);
        return (
          <li key={`${m.id}:${m.row}`} style={{ padding: "2px 0" }}>
            <Stack horizontal wrap tokens={{ childrenGap: 4 }} verticalAlign="baseline">
              <Link
                onClick={() => void excel.selectCase(binding, m.id)}
                aria-label={f("moveSelect", { id: m.id })}
                styles={{ root: { fontWeight: 600 } }}
              >
                {m.id}
              </Link>
              {title && <Text variant="small">{title}</Text>}
              {amount !== undefined && <Text variant="small">{num(amount, 2)}</Text>}
              <Text variant="small">{what(m)}</Text>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
