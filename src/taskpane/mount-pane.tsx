// fabric-config must run before any @fluentui module: it stops Fluent registering CDN web fonts.
import "./theme/fabric-config";
import { createRoot, type Root } from "react-dom/client";
import type { Lang } from "../words/lang";
import type { Automation, ProcsheetExcel } from "../excel/api-types";
import { App } from "./app";
import type { Clock } from "./clock";
import { ExcelProvider } from "./excel-context";
import { registerProcsheetIcons } from "./theme/icons";

export interface MountOptions {
  /** Pins the pane's time (the workbench's `?now=`); the local clock otherwise. */
  readonly clock?: Clock;
  /** Automatic routing, started by the runtime before the pane (it goes on when the pane closes). */
  readonly automation?: Automation;
}

/**
 * Renders the task pane into `container` over a workbook surface: Office's in taskpane.html (index.tsx),
 * the simulated one beside the grid in the workbench.
 */
export function mountPane(
  container: HTMLElement,
  excel: ProcsheetExcel,
  lang: Lang,
  options: MountOptions = {},
): Root {
  registerProcsheetIcons();
  document.documentElement.lang = lang;
  const root = createRoot(container);
  root.render(
    <ExcelProvider
      excel={excel}
      {...(options.clock ? { clock: options.clock } : {})}
      {...(options.automation ? { automation: options.automation } : {})}
    >
      <App lang={lang} />
    </ExcelProvider>,
  );
  return root;
}
