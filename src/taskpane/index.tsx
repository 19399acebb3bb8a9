import { createRoot } from "react-dom/client";
import { toLang } from "../core/i18n/lang";
import { whenOfficeReady } from "../excel/host";
import { App } from "./app";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const { displayLanguage } = await whenOfficeReady();
  const lang = toLang(displayLanguage);
  document.documentElement.lang = lang;
  createRoot(container).render(<App lang={lang} />);
}

void main();
