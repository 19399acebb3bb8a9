import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../core/i18n/lang";

const TAGLINE: Record<Lang, string> = {
  en: "Run your processes in the workbook you already use: one row per case, each step routed to its owner.",
  "zh-CN": "在你已经在用的工作簿里运行流程：每行一个事项，每个步骤分派给它的负责人。",
};

export interface AppProps {
  readonly lang: Lang;
}

export function App({ lang }: AppProps) {
  return (
    <Stack as="main" tokens={{ childrenGap: 8, padding: 20 }}>
      <Text as="h1" variant="xLarge" styles={{ root: { margin: 0 } }}>
        Procsheet
      </Text>
      <Text as="p" styles={{ root: { margin: 0 } }}>
        {TAGLINE[lang]}
      </Text>
    </Stack>
  );
}
