// The whole catalogue as a type: every section's keys and templates. Type imports only — at run time each
// end loads just the sections it says (book.ts), so the pane never carries the command line's words.
import type { CLI_HELP } from "./cli-help";
import type { CLI_LEARN } from "./cli-learn";
import type { CLI_NOTIFY_DELIVERY } from "./cli-notify-delivery";
import type { CLI_PROBLEMS } from "./cli-problems";
import type { CLI_REPORTS } from "./cli-reports";
import type { ERRORS_DEFINITION } from "./errors-definition";
import type { ERRORS_EXCEL } from "./errors-excel";
import type { ERRORS_PLACE } from "./errors-place";
import type { ERRORS_RULES } from "./errors-rules";
import type { ERRORS_WORKBOOK } from "./errors-workbook";
import type { OFFICE_MANIFEST } from "./office-manifest";
import type { LOG_EXPORT } from "./log-export";
import type { PANE_ANALYZE } from "./pane-analyze";
import type { PANE_AUTOMATION } from "./pane-automation";
import type { PANE_BUILD } from "./pane-build";
import type { PANE_DIAGNOSTICS } from "./pane-diagnostics";
import type { PANE_GOALS_MAP } from "./pane-goals-map";
import type { PANE_REPEAT } from "./pane-repeat";
import type { PANE_BOOT } from "./pane-boot";
import type { PANE_RULES } from "./pane-rules";
import type { PANE_REMINDERS } from "./pane-reminders";
import type { PANE_RUN } from "./pane-run";
import type { PANE_SHELL } from "./pane-shell";
import type { PANE_START } from "./pane-start";
import type { PANE_TEST } from "./pane-test";
import type { REMINDERS } from "./reminders";
import type { RULE_LANGUAGE } from "./rule-language";
import type { RULE_TESTS } from "./rule-tests";
import type { SHEET } from "./sheet";
import type { WORKBENCH } from "./workbench";

// The command line's delivery words are errors too: a bad --smtp or --webhook is a ProcsheetError.
export type ErrorWords = typeof ERRORS_RULES &
  typeof ERRORS_DEFINITION &
  typeof ERRORS_WORKBOOK &
  typeof ERRORS_EXCEL &
  typeof ERRORS_PLACE &
  typeof RULE_LANGUAGE &
  typeof CLI_NOTIFY_DELIVERY;

export type PaneWords = typeof PANE_SHELL &
  typeof PANE_START &
  typeof PANE_GOALS_MAP &
  typeof PANE_RULES &
  typeof PANE_TEST &
  typeof PANE_RUN &
  typeof PANE_REMINDERS &
  typeof PANE_AUTOMATION &
  typeof PANE_ANALYZE &
  typeof PANE_REPEAT &
  typeof PANE_BOOT &
  typeof PANE_BUILD;

export type CliWords = typeof CLI_HELP & typeof CLI_PROBLEMS & typeof CLI_REPORTS & typeof CLI_LEARN;

export type Catalogue = ErrorWords &
  PaneWords &
  typeof PANE_DIAGNOSTICS &
  typeof RULE_TESTS &
  typeof SHEET &
  typeof LOG_EXPORT &
  typeof REMINDERS &
  CliWords &
  typeof WORKBENCH &
  typeof OFFICE_MANIFEST;

/** Every key of the catalogue. */
export type WordKey = keyof Catalogue & string;
