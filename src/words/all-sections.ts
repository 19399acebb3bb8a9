// Loads every section of the catalogue, for the catalogue's own tests and tools that read all of it.
// What ships never imports this file: each end loads only its sections (book.ts).
import { CLI_HELP } from "./cli-help";
import { CLI_LEARN } from "./cli-learn";
import { CLI_NOTIFY_DELIVERY } from "./cli-notify-delivery";
import { CLI_PROBLEMS } from "./cli-problems";
import { CLI_REPORTS } from "./cli-reports";
import { ERRORS_DEFINITION } from "./errors-definition";
import { ERRORS_EXCEL } from "./errors-excel";
import { ERRORS_PLACE } from "./errors-place";
import { ERRORS_RULES } from "./errors-rules";
import { ERRORS_WORKBOOK } from "./errors-workbook";
import { OFFICE_MANIFEST } from "./office-manifest";
import { LOG_EXPORT } from "./log-export";
import { PANE_ANALYZE } from "./pane-analyze";
import { PANE_AUTOMATION } from "./pane-automation";
import { PANE_BOOT } from "./pane-boot";
import { PANE_BUILD } from "./pane-build";
import { PANE_DIAGNOSTICS } from "./pane-diagnostics";
import { PANE_GOALS_MAP } from "./pane-goals-map";
import { PANE_REPEAT } from "./pane-repeat";
import { PANE_RULES } from "./pane-rules";
import { PANE_REMINDERS } from "./pane-reminders";
import { PANE_RUN } from "./pane-run";
import { PANE_SHELL } from "./pane-shell";
import { PANE_START } from "./pane-start";
import { PANE_TEST } from "./pane-test";
import { REMINDERS } from "./reminders";
import { RULE_LANGUAGE } from "./rule-language";
import { RULE_TESTS } from "./rule-tests";
import { SHEET } from "./sheet";
import { WORKBENCH } from "./workbench";
import type { Section } from "./book";

/** Every section by its name, as the catalogue's tests walk it. */
export const ALL_SECTIONS: Readonly<Record<string, Section>> = {
  ERRORS_RULES,
  ERRORS_DEFINITION,
  ERRORS_WORKBOOK,
  ERRORS_EXCEL,
  ERRORS_PLACE,
  RULE_LANGUAGE,
  RULE_TESTS,
  PANE_SHELL,
  PANE_START,
  PANE_GOALS_MAP,
  PANE_RULES,
  PANE_TEST,
  PANE_RUN,
  PANE_REMINDERS,
  PANE_AUTOMATION,
  PANE_ANALYZE,
  PANE_REPEAT,
  PANE_BOOT,
  PANE_BUILD,
  PANE_DIAGNOSTICS,
  SHEET,
  LOG_EXPORT,
  REMINDERS,
  CLI_HELP,
  CLI_PROBLEMS,
  CLI_REPORTS,
  CLI_LEARN,
  CLI_NOTIFY_DELIVERY,
  WORKBENCH,
  OFFICE_MANIFEST,
};
