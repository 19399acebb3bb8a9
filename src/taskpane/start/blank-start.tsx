import { PrimaryButton, Spinner, Stack, Text } from "@fluentui/react";
import { lazy, Suspense, useState } from "react";
import { useStrings } from "../i18n/use-strings";

// The editors, the layout and the rule engine come with the wizard, not with the pane's first paint.
const BlankWizard = lazy(() =>
  import(/* webpackChunkName: "blank-wizard" */ "./blank/blank-wizard").then((m) => ({
    default: m.BlankWizard,
  })),
);

/** "Start from blank": a new process built step by step in the pane, without a template or a file. */
export function BlankStart() {
  const { t } = useStrings();
  const [open, setOpen] = useState(false);
  if (open)
    return (
      <Suspense fallback={<Spinner label={t.loading} />}>
        <BlankWizard onClose={() => setOpen(false)} />
      </Suspense>
    );
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.blankHelp}</Text>
      <PrimaryButton
        text={t.blankStart}
        iconProps={{ iconName: "Add" }}
        onClick={() => setOpen(true)}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
