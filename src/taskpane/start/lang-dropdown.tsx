import { Dropdown } from "@fluentui/react";
import { LANGS, type Lang } from "../../words/lang";
import { useStrings } from "../i18n/use-strings";

/** The language a register's headers, statuses and step names are written in. */
export function RegisterLangDropdown({
  value,
  onChange,
}: {
  readonly value: Lang;
  readonly onChange: (lang: Lang) => void;
}) {
  const { t } = useStrings();
  const label: Readonly<Record<Lang, string>> = { en: "English", "zh-CN": "中文（简体）" };
  return (
    <Dropdown
      label={t.registerLanguage}
      selectedKey={value}
      options={LANGS.map((l) => ({ key: l, text: label[l] }))}
      onChange={(_e, o) => o && onChange(o.key as Lang)}
    />
  );
}
