import { DefaultButton, Stack, Text } from "@fluentui/react";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";

/** Shown by every step of the loop that needs a process before one is created or adopted. */
export function NoProcess() {
  const { t } = useStrings();
  const { go } = useNavigation();
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
      <Text>{t.noProcess}</Text>
      <DefaultButton
        text={t.goToStart}
        onClick={() => go("start")}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </Stack>
  );
}
