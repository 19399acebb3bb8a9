import { CommandButton } from "@fluentui/react";
import type { Lang } from "../../words/lang";
import { useStrings } from "../i18n/use-strings";

const OTHER: Readonly<Record<Lang, { readonly lang: Lang; readonly name: string }>> = {
  en: { lang: "zh-CN", name: "中文" },
  "zh-CN": { lang: "en", name: "English" },
};

/** Switches the pane between English and Chinese; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { lang, f, setLang } = useStrings();
  const other = OTHER[lang];
  return (
    <CommandButton
      iconProps={{ iconName: "Globe" }}
      text={other.name}
      lang={other.lang}
      ariaLabel={f("switchLanguage", { name: other.name })}
      onClick={() => setLang(other.lang)}
    />
  );
}
