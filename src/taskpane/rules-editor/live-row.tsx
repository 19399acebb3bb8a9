import { Stack, Text } from "@fluentui/react";
import type { CompiledProcess } from "../../core/process";
import { ErrorBar } from "../components/error-bar";
import { ExplanationView } from "../components/explanation-view";
import { useSelectedRow } from "../components/use-selected-row";
import type { ProcessBinding } from "../../workbook/binding";
import { useStrings } from "../i18n/use-strings";
import { useExplanation } from "./use-explanation";

export interface LiveRowProps {
  readonly binding: ProcessBinding;
  /** The draft's rules, compiled; undefined while they have errors. */
  readonly process: CompiledProcess | undefined;
  readonly stepId: string;
  readonly nameOf: (stepId: string) => string;
}

/** The row under Excel's cursor, run through the rules being edited, live, with the "why". */
export function LiveRow({ binding, process, stepId, nameOf }: LiveRowProps) {
  const { t, f } = useStrings();
  const selected = useSelectedRow(binding);
  const { explanation, error } = useExplanation(process, selected.row, stepId);
  if (selected.error) return <ErrorBar error={selected.error} />;
  const row = selected.row;
  if (!row) return <Text>{t.selectARow}</Text>;
  const id = typeof row.id === "string" && row.id ? row.id : t.rowWithoutId;
  const rowStep = typeof row.step === "string" ? row.step : undefined;
  return (
    <Stack tokens={{ childrenGap: 4 }} aria-live="polite" data-testid="live-row">
      <Text>
        {f("liveRowAt", { id, step: nameOf(stepId) })}
        {rowStep && rowStep !== stepId ? ` ${f("liveRowIsAt", { step: nameOf(rowStep) })}` : ""}
      </Text>
      {!process && <Text>{t.fixToEvaluate}</Text>}
      {error && <ErrorBar error={error} />}
      {explanation && process && (
        <ExplanationView explanation={explanation} nameOf={nameOf} definition={process.definition} />
      )}
    </Stack>
  );
}
