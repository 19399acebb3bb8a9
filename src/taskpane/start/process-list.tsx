import { DefaultButton, Stack, Text } from "@fluentui/react";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useNavigation } from "../navigation";
import { useSession } from "../session/session-context";

/** The processes this workbook already holds, each with a way to open it. */
export function ProcessList() {
  const { lang, t, f } = useStrings();
  const { processes, binding, select } = useSession();
  const { go } = useNavigation();
  if (processes.length === 0) return null;
  return (
    <ul role="list" aria-label={t.processesInWorkbook} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {processes.map((p) => {
        const name = resolveText(p.definition.name, lang);
        const current = p.id === binding?.id;
        return (
          <li key={p.id}>
            <Stack
              horizontal
              verticalAlign="center"
              tokens={{ childrenGap: 8 }}
              styles={{ root: { padding: "4px 0" } }}
            >
              <Stack grow styles={{ root: { minWidth: 0 } }}>
                <Text styles={{ root: { fontWeight: 600 } }}>{name}</Text>
                <Text variant="small">
                  {f("processMeta", { version: p.version })}
                  {current ? ` · ${t.current}` : ""}
                </Text>
              </Stack>
              <DefaultButton
                text={t.open}
                ariaLabel={`${t.open}: ${name}`}
                onClick={() => {
                  select(p.id);
                  go("run");
                }}
              />
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
