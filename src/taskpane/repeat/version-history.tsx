import { DefaultButton, Dropdown, Stack, Text } from "@fluentui/react";
import { useMemo, useState } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcessBinding } from "../../workbook/binding";
import { ErrorBar } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { yieldToUi } from "../clock";
import { VersionCompare } from "./version-compare";
import { statsByVersion, type VersionStats } from "./version-stats";

/** The definition's versions (newest first) and a before/after comparison of how two of them performed. */
export function VersionHistory({ binding }: { readonly binding: ProcessBinding }) {
  const { t, f, day } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const versions = useMemo(
    () => [
      { version: binding.version, savedAt: undefined as string | undefined, definition: binding.definition },
      ...(binding.versions ?? []).map((v) => ({
        version: v.version,
        savedAt: v.savedAt as string | undefined,
        definition: v.definition,
      })),
    ],
    [binding],
  );
  const definitions = useMemo(
    () => new Map<number, ProcessDefinition>(versions.map((v) => [v.version, v.definition])),
    [versions],
  );
  const [before, setBefore] = useState<number>(versions[1]?.version ?? binding.version);
  const [after, setAfter] = useState<number>(binding.version);
  const compare = useAction<VersionStats[]>();
  const options = versions.map((v) => ({ key: v.version, text: f("versionN", { n: v.version }) }));

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ul aria-label={t.versions} style={{ margin: 0, paddingLeft: 18 }}>
        {versions.map((v) => (
          <li key={v.version}>
            {f("versionN", { n: v.version })}
            {v.savedAt ? ` · ${f("replacedOn", { date: day(v.savedAt) })}` : ` · ${t.current}`}
          </li>
        ))}
      </ul>
      {versions.length < 2 ? (
        <Text variant="small">{t.oneVersion}</Text>
      ) : (
        <>
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <Dropdown
              label={t.before}
              selectedKey={before}
              options={options}
              onChange={(_e, o) => o && setBefore(Number(o.key))}
              styles={{ root: { flex: 1 } }}
            />
            <Dropdown
              label={t.after}
              selectedKey={after}
              options={options}
              onChange={(_e, o) => o && setAfter(Number(o.key))}
              styles={{ root: { flex: 1 } }}
            />
          </Stack>
          <DefaultButton
            text={compare.busy ? t.analysing : t.compare}
            iconProps={{ iconName: "History" }}
            disabled={compare.busy}
            onClick={() =>
              void compare.run(async () => {
                const history = await excel.readHistory(binding);
                if (!history.ok) return history;
                await yieldToUi();
                return {
                  ok: true,
                  value: statsByVersion(history.value, definitions, [before, after], clock()),
                };
              })
            }
            styles={{ root: { alignSelf: "flex-start" } }}
          />
          {compare.error && <ErrorBar error={compare.error} onDismiss={compare.reset} />}
          {compare.value?.[0] && compare.value[1] && (
            <VersionCompare
              before={compare.value[0]}
              after={compare.value[1]}
              goal={binding.definition.goal}
            />
          )}
        </>
      )}
    </Stack>
  );
}
