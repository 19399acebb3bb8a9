import { ComboBox, type IComboBoxOption } from "@fluentui/react";
import { useMemo } from "react";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";

/** Who "me" is: a role member or any name typed; remembered for this process in this browser. */
export function MePicker({ people }: { readonly people: readonly string[] }) {
  const { t } = useStrings();
  const { me, setMe } = useSession();
  const options = useMemo<IComboBoxOption[]>(
    () => [...new Set(me ? [me, ...people] : people)].map((p) => ({ key: p, text: p })),
    [people, me],
  );
  return (
    <ComboBox
      label={t.me}
      placeholder={t.mePlaceholder}
      allowFreeform
      autoComplete="on"
      options={options}
      selectedKey={me || null}
      text={me}
      onChange={(_e, option, _i, value) => setMe(String(option?.key ?? value ?? "").trim())}
    />
  );
}
