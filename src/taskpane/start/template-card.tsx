import { DefaultButton, mergeStyleSets, PrimaryButton, Stack, Text, useTheme } from "@fluentui/react";
import { useId, useMemo, type ReactNode } from "react";
import { resolveText } from "../../core/text";
import { StepFlowMini } from "../components/step-flow-mini";
import { useStrings } from "../i18n/use-strings";
import type { TemplateSummary } from "../templates/catalog";

export interface TemplateCardProps {
  readonly summary: TemplateSummary;
  readonly onCreate: () => void;
  readonly onAdopt: () => void;
  /** What more there is to say about it (a catalogue process's version, the workbook's version). */
  readonly meta?: ReactNode;
  /** The open form (create or adopt) for this template. */
  readonly children?: ReactNode;
}

/** One template: its name, what it is for, its steps as a small flow, and what can be done with it. */
export function TemplateCard({ summary, onCreate, onAdopt, meta, children }: TemplateCardProps) {
  const { lang, t } = useStrings();
  const theme = useTheme();
  const id = useId();
  const css = useMemo(
    () =>
      mergeStyleSets({
        card: {
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          borderRadius: 4,
          padding: 12,
          background: theme.semanticColors.bodyBackground,
        },
      }),
    [theme],
  );
  const name = resolveText(summary.name, lang);
  return (
    <article className={css.card} aria-labelledby={id}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" id={id} variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {name}
        </Text>
        {summary.description !== undefined && (
          <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {resolveText(summary.description, lang)}
          </Text>
        )}
        <StepFlowMini steps={summary.steps} />
        {meta}
        {children ?? (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              text={t.createRegister}
              ariaLabel={`${t.createRegister}: ${name}`}
              onClick={onCreate}
            />
            <DefaultButton text={t.adoptSheet} ariaLabel={`${t.adoptSheet}: ${name}`} onClick={onAdopt} />
          </Stack>
        )}
      </Stack>
    </article>
  );
}
