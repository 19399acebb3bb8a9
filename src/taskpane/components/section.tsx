import { Stack, Text } from "@fluentui/react";
import { useId, type ReactNode } from "react";

/** A titled block of a view; its heading names the region for screen readers. */
export function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const id = useId();
  return (
    <Stack as="section" aria-labelledby={id} tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
      <Text as="h2" id={id} variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}
