// fabric-config must run before any @fluentui module: it stops Fluent registering CDN web fonts.
import "./theme/fabric-config";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { createProcsheetExcel } from "../excel/api";
import { whenOfficeReady } from "../excel/host";
import type { BootHandle } from "./boot/boot";
import { localNow } from "./clock";
import { mountPane } from "./mount-pane";
import { loadMe } from "./session/me-store";

/** The boot script's answer (taskpane.html loads it before office.js); absent on pages without it. */
function bootHandle(): BootHandle | undefined {
  return (window as Window & { procsheetBoot?: BootHandle }).procsheetBoot;
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const boot = bootHandle();
  // The boot script already says why the pane cannot start (an Office too old, office.js that did not load).
  if (boot?.halted()) return;
  boot?.started();
  // Excel.run may only be called once Office.js has initialised (outside Office this resolves at once).
  await whenOfficeReady();
  boot?.ready();
  const excel = createProcsheetExcel();
  // The ribbon's buttons run in this same (shared) runtime: register them before anything renders.
  registerRibbonCommands(excel, localNow);
  // Automatic routing lives as long as this runtime — with a shared runtime loaded at document open, also
  // while the pane is closed — so it starts here, not in a component.
  const automation = await excel.startAutomation({ clock: localNow, name: loadMe });
  mountPane(container, excel, excel.displayLanguage(), { automation });
}

void main();
