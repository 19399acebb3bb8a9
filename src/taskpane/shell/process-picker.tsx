import { Dropdown } from "@fluentui/react";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";

/** Which process the pane works on, when the workbook holds several. */
export function ProcessPicker() {
  const { lang, t, f } = useStrings();
  const { processes, binding, select } = useSession();
  if (processes.length < 2) return null;
  return (
    <Dropdown
      label={t.process}
      selectedKey={binding?.id ?? null}
      options={processes.map((p) => ({
        key: p.id,
        text: `${resolveText(p.definition.name, lang)} (${p.tableName})`,
        ariaLabel: `${resolveText(p.definition.name, lang)}, ${f("processMeta", { version: p.version })}`,
      }))}
      onChange={(_e, o) => o && select(String(o.key))}
    />
  );
}
