import { IconButton, type IContextualMenuItem } from "@fluentui/react";
import { useStrings } from "../i18n/use-strings";

export interface PaneMenuProps {
  /** Opens the self-check (src/taskpane/diagnostics). */
  readonly onSelfCheck: () => void;
}

/** The pane's "More" menu: what is not a step of the loop. */
export function PaneMenu({ onSelfCheck }: PaneMenuProps) {
  const { t } = useStrings();
  const items: IContextualMenuItem[] = [
    { key: "selfCheck", text: t.selfCheck, iconProps: { iconName: "TestBeaker" }, onClick: onSelfCheck },
  ];
  return (
    <IconButton
      iconProps={{ iconName: "More" }}
      title={t.moreMenu}
      ariaLabel={t.moreMenu}
      menuProps={{ items }}
      onRenderMenuIcon={() => null}
    />
  );
}

/** Whether the pane opens on the self-check: `?diagnostics` on taskpane.html (or the workbench's page). */
export function diagnosticsRequested(search: string): boolean {
  return new URLSearchParams(search).has("diagnostics");
}
