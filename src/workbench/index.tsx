// fabric-config must run before any @fluentui module (mountPane imports it first as well).
import "../taskpane/theme/fabric-config";
import { createRoot } from "react-dom/client";
import { installExcelSimulation, type ExcelSimulation } from "../../test/excel-sim";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { createProcsheetExcel } from "../excel/api";
import { localNow, type Clock } from "../taskpane/clock";
import { mountPane } from "../taskpane/mount-pane";
import { loadMe } from "../taskpane/session/me-store";
import { loadTemplate } from "../taskpane/templates/catalog";
import { displayLanguageOf, NO_TEMPLATE, readParams, type WorkbenchParams } from "./params";
import { workbenchStrings } from "./strings";
import { RibbonBar } from "./ribbon-bar";
import { Toolbar } from "./toolbar";
import { WorkbookView } from "./workbook-view";

declare global {
  interface Window {
    /** The running simulation, for trying things from the browser console (co-author edits, dumps). */
    procsheetWorkbench?: { readonly sim: ExcelSimulation; readonly params: WorkbenchParams };
  }
}

/** The template's sample register, made by the same createRegister the pane's Start view calls. */
async function startFrom(params: WorkbenchParams, clock: Clock): Promise<string | undefined> {
  if (params.template === NO_TEMPLATE) return undefined;
  const definition = await loadTemplate(params.template);
  if (!definition.ok) return definition.error.message;
  const made = await createProcsheetExcel().createRegister(definition.value, {
    lang: params.lang,
    sample: true,
    now: clock(),
    automatic: !params.manual,
  });
  return made.ok ? undefined : made.error.message;
}

/**
 * The workbench: the simulated Excel installed in this page (globals `Excel`, `Office`), a workbook started
 * from a template's sample, drawn as a grid beside the real task pane.
 */
async function main(): Promise<void> {
  const params = readParams(location.search);
  const s = workbenchStrings(params.lang);
  const book = document.getElementById("workbook");
  const pane = document.getElementById("pane");
  if (!book || !pane) throw new Error("workbench.html needs #workbook and #pane");
  document.documentElement.lang = params.lang;
  pane.setAttribute("aria-label", s.pane);
  // A pinned clock pins Excel's TODAY() and NOW() too, so the status formats agree with the pane.
  const sim = installExcelSimulation({
    displayLanguage: displayLanguageOf(params.lang),
    apiVersion: params.api,
    platform: "web",
    ...(params.now ? { now: params.now } : {}),
    officeTheme: params.theme,
  });
  const now = params.now;
  const clock: Clock = now ? () => now : localNow;
  window.procsheetWorkbench = { sim, params };
  let problem: string | undefined;
  try {
    problem = await startFrom(params, clock);
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
  }
  // Excel always has a selection: the active sheet's top-left cell.
  const first = sim.model.sheetById(sim.model.activeSheetId) ?? sim.model.sheets[0];
  if (first) sim.user.select(first.name, "A1");
  sim.resetCounters();

  createRoot(book).render(
    <>
      <Toolbar params={params} s={s} />
      <RibbonBar sim={sim} lang={params.lang} />
      {problem && (
        <p className="message" role="alert">
          {s.say("workbench.startFailed", { message: problem })}
        </p>
      )}
      <WorkbookView sim={sim} s={s} />
    </>,
  );
  const excel = createProcsheetExcel();
  // The ribbon's functions, associated in the pane's runtime as taskpane/index.tsx does in Office.
  registerRibbonCommands(excel, clock);
  // As in Office (taskpane/index.tsx): automatic routing runs beside the pane, for the simulated workbook.
  const automation = await excel.startAutomation({ clock, name: loadMe, settleMs: 50 });
  mountPane(pane, excel, excel.displayLanguage(), { clock, automation });
}

void main();
