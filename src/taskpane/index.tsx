// fabric-config must run before any @fluentui module: it stops Fluent registering CDN web fonts.
import "./theme/fabric-config";
import { createRoot } from "react-dom/client";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { createProcsheetExcel } from "../excel/api";
import { whenOfficeReady } from "../excel/host";
import { App } from "./app";
import { localNow } from "./clock";
import { ExcelProvider } from "./excel-context";
import { registerProcsheetIcons } from "./theme/icons";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  registerProcsheetIcons();
  // Excel.run may only be called once Office.js has initialised (outside Office this resolves at once).
  await whenOfficeReady();
  const excel = createProcsheetExcel();
  // The ribbon's buttons run in this same (shared) runtime: register them before anything renders.
  registerRibbonCommands(excel, localNow);
  const lang = excel.displayLanguage();
  document.documentElement.lang = lang;
  createRoot(container).render(
    <ExcelProvider excel={excel}>
      <App lang={lang} />
    </ExcelProvider>,
  );
}

void main();
