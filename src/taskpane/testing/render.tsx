import { act, cleanup, configure, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { Automation, ProcsheetExcel } from "../../excel/api-types";
import { App } from "../app";
import { ExcelProvider } from "../excel-context";
import { registerProcsheetIcons } from "../theme/icons";
import {
  closeWorkbooks,
  NOW,
  workbookWith,
  type ProcessWorkbook,
  type SimWorkbook,
  type WorkbookOptions,
} from "./sim-workbook";

export { NOW };
export const clock = (): string => NOW;

// The real Excel layer over the simulation answers in several batches (and loads jsonata on first use):
// slower than an in-memory stand-in, so the async queries wait longer than their 1 s default.
configure({ asyncUtilTimeout: 5000 });

// The pane is unmounted first (its effects remove their Excel event handlers), then the simulation goes,
// so no `Excel` / `Office` global leaks into the next test.
afterEach(async () => {
  cleanup();
  await closeWorkbooks();
});

/**
 * A shipped template, read from templates/ as the pane's catalog would load it. Unless `past` is asked
 * for, without its `sampleAsOf`: a register made from it holds the sample rows as written and an empty
 * History, which is what tests that count rows, cells and events count (docs/specification.md §1.10).
 */
export function template(id: string, options: { readonly past?: boolean } = {}): ProcessDefinition {
  const def = JSON.parse(
    readFileSync(join(__dirname, "../../../templates", `${id}.process.json`), "utf8"),
  ) as ProcessDefinition;
  if (options.past) return def;
  const { sampleAsOf: _asOf, ...rest } = def;
  return rest;
}

/**
 * A simulated workbook holding the procurement template's register (with its sample rows unless told not;
 * with the sample's generated past — closed cases and History — when `past` is set).
 */
export function procurementWorkbook(
  options: WorkbookOptions & { readonly past?: boolean } = {},
): Promise<ProcessWorkbook> {
  const { past, ...rest } = options;
  return workbookWith(template("procurement", past ? { past } : {}), rest);
}

/** The whole pane over a workbook (or an adapter), once the workbook has been read. */
export async function renderPane(
  workbook: SimWorkbook | ProcsheetExcel,
  lang: Lang = "en",
  automation?: Automation,
): Promise<RenderResult> {
  const excel = "sim" in workbook ? workbook.excel : workbook;
  registerProcsheetIcons();
  const result = render(
    <ExcelProvider excel={excel} clock={clock} {...(automation ? { automation } : {})}>
      <App lang={lang} />
    </ExcelProvider>,
  );
  await screen.findByRole("tablist");
  await waitFor(() => expect(screen.queryByText(/Reading the workbook|正在读取工作簿/)).toBeNull());
  await act(async () => undefined);
  return result;
}

/** Lets pending promises, effects and the renders they cause finish (Fluent sets some state in effects). */
export async function settle(): Promise<void> {
  await act(async () => undefined);
}

/** Opens a tab of the loop and waits for its (lazy) view. */
export async function openTab(name: string | RegExp): Promise<void> {
  const tab = await screen.findByRole("tab", { name });
  await act(async () => {
    tab.click();
  });
  // The first import of a lazy view (and the core under it) can take a while in a cold jest run.
  await waitFor(() => expect(screen.queryByTestId("view-loading")).toBeNull(), { timeout: 15000 });
  await act(async () => undefined);
}
