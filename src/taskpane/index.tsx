// fabric-config must run before any @fluentui module: it stops Fluent registering CDN web fonts.
import "./theme/fabric-config";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { createProcsheetExcel } from "../excel/api";
import { whenOfficeReady } from "../excel/host";
import { localNow } from "./clock";
import { mountPane } from "./mount-pane";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // Excel.run may only be called once Office.js has initialised (outside Office this resolves at once).
  await whenOfficeReady();
  const excel = createProcsheetExcel();
  // The ribbon's buttons run in this same (shared) runtime: register them before anything renders.
  registerRibbonCommands(excel, localNow);
  mountPane(container, excel, excel.displayLanguage());
}

void main();
