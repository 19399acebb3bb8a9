import { mergeStyleSets, Pivot, PivotItem, Spinner, Stack, Text, ThemeProvider } from "@fluentui/react";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Lang } from "../words/lang";
import { LangProvider } from "./i18n/lang-provider";
import { useStrings, type PlainKey } from "./i18n/use-strings";
import { NavigationContext, TABS, type Navigation, type Tab } from "./navigation";
import { SessionProvider, useSession } from "./session/session-context";
import { LanguageSwitch } from "./shell/language-switch";
import { diagnosticsRequested, PaneMenu } from "./shell/pane-menu";
import { ProcessPicker } from "./shell/process-picker";
import { onPaneRequest } from "../commands/ribbon-commands";
import { RibbonNotice } from "./shell/ribbon-notice";
import { TrackingNote, WorkbookStatus } from "./shell/workbook-notes";
import { StartView } from "./start/start-view";
import { useMyCount } from "./automation/use-my-count";
import { systemForcesColours, themeFor } from "./theme/theme";
import { useExcel } from "./excel-context";
import { AppliedViewsProvider } from "./run/applied-views";

// Start and the shell arrive first; every other step of the loop (and the core engine with jsonata and
// ajv) is fetched when its tab is first opened.
const GoalsView = lazy(() =>
  import(/* webpackChunkName: "view-goals" */ "./goals/goals-view").then((m) => ({ default: m.GoalsView })),
);
const MapView = lazy(() =>
  import(/* webpackChunkName: "view-map" */ "./map/map-view").then((m) => ({ default: m.MapView })),
);
const RulesView = lazy(() =>
  import(/* webpackChunkName: "view-rules" */ "./rules-editor/rules-view").then((m) => ({
    default: m.RulesView,
  })),
);
const TestView = lazy(() =>
  import(/* webpackChunkName: "view-test" */ "./test-view/test-view").then((m) => ({ default: m.TestView })),
);
const RunView = lazy(() =>
  import(/* webpackChunkName: "view-run" */ "./run/run-view").then((m) => ({ default: m.RunView })),
);
const AnalyzeView = lazy(() =>
  import(/* webpackChunkName: "view-analyze" */ "./analyze/analyze-view").then((m) => ({
    default: m.AnalyzeView,
  })),
);
const RepeatView = lazy(() =>
  import(/* webpackChunkName: "view-repeat" */ "./repeat/repeat-view").then((m) => ({
    default: m.RepeatView,
  })),
);

const DiagnosticsView = lazy(() =>
  import(/* webpackChunkName: "view-diagnostics" */ "./diagnostics/diagnostics-view").then((m) => ({
    default: m.DiagnosticsView,
  })),
);

const VIEWS: Readonly<Record<Tab, () => ReactNode>> = {
  start: () => <StartView />,
  goals: () => <GoalsView />,
  map: () => <MapView />,
  rules: () => <RulesView />,
  test: () => <TestView />,
  run: () => <RunView />,
  analyze: () => <AnalyzeView />,
  repeat: () => <RepeatView />,
};

const TAB_LABELS: Readonly<Record<Tab, PlainKey>> = {
  start: "tabStart",
  goals: "tabGoals",
  map: "tabMap",
  rules: "tabRules",
  test: "tabTest",
  run: "tabRun",
  analyze: "tabAnalyze",
  repeat: "tabRepeat",
};

const css = mergeStyleSets({
  // 20 px margins (Office add-in layout guidance); fits a 320–350 px pane without horizontal scrolling.
  root: { padding: 20, boxSizing: "border-box", minWidth: 0, maxWidth: "100%", overflowWrap: "anywhere" },
});

function Shell() {
  const { t, f } = useStrings();
  const session = useSession();
  const myCount = useMyCount();
  const [nav, setNav] = useState<{ tab: Tab; ruleStep?: string; newCase?: number }>({ tab: "start" });
  // The self-check (the menu's "Self-check", or `?diagnostics` on the page) stands in for the loop's tabs.
  const [selfCheck, setSelfCheck] = useState(
    () => typeof location !== "undefined" && diagnosticsRequested(location.search),
  );
  // A workbook that already holds a process opens on Run (my work), an empty one on Start — unless the
  // person has already picked a tab while the workbook was being read.
  const landed = useRef(false);
  const go = useCallback<Navigation["go"]>((tab, options) => {
    landed.current = true;
    setNav((n) => ({
      tab,
      ...(options?.stepId ? { ruleStep: options.stepId } : n.ruleStep ? { ruleStep: n.ruleStep } : {}),
      ...(options?.newCase ? { newCase: (n.newCase ?? 0) + 1 } : n.newCase ? { newCase: n.newCase } : {}),
    }));
  }, []);
  // The ribbon's New case button: the process it found under the cursor, on the Run view's form.
  const { select } = session;
  useEffect(
    () =>
      onPaneRequest((r) => {
        if (r.process) select(r.process);
        go("run", { newCase: true });
      }),
    [select, go],
  );
  useEffect(() => {
    if (landed.current || session.status !== "ready") return;
    landed.current = true;
    if (session.processes.length > 0) setNav({ tab: "run" });
  }, [session.status, session.processes.length]);
  // Benchmarks and browser tests read this mark: the pane's first paint with content.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("procsheet:first-render");
  }, []);
  const navigation = useMemo<Navigation>(
    () => ({
      tab: nav.tab,
      ...(nav.ruleStep ? { ruleStep: nav.ruleStep } : {}),
      ...(nav.newCase ? { newCase: nav.newCase } : {}),
      go,
    }),
    [nav, go],
  );

  return (
    <NavigationContext.Provider value={navigation}>
      <Stack as="main" className={css.root} tokens={{ childrenGap: 8 }}>
        <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
          <Text as="h1" variant="xLarge" styles={{ root: { margin: 0 } }}>
            Procsheet
          </Text>
          <Stack horizontal verticalAlign="center">
            <LanguageSwitch />
            <PaneMenu onSelfCheck={() => setSelfCheck(true)} />
          </Stack>
        </Stack>
        {selfCheck ? (
          <Suspense fallback={<Spinner label={t.loading} data-testid="view-loading" />}>
            <DiagnosticsView onBack={() => setSelfCheck(false)} />
          </Suspense>
        ) : (
          <>
            <RibbonNotice />
            <ProcessPicker />
            <WorkbookStatus />
            <TrackingNote />
            <Pivot
              aria-label={t.loopSteps}
              selectedKey={nav.tab}
              onLinkClick={(item) => item?.props.itemKey && go(item.props.itemKey as Tab)}
              // Eight steps wrap onto two rows in a narrow pane instead of hiding behind an overflow menu.
              styles={{ root: { whiteSpace: "normal" }, link: { marginRight: 0 } }}
            >
              {TABS.map((tab) => (
                <PivotItem
                  key={tab}
                  itemKey={tab}
                  headerText={tab === "run" && myCount ? f("myWorkTab", { n: myCount }) : t[TAB_LABELS[tab]]}
                >
                  <Suspense
                    fallback={
                      <div data-testid="view-loading">
                        <Spinner label={t.loading} styles={{ root: { marginTop: 16 } }} />
                      </div>
                    }
                  >
                    {VIEWS[tab]()}
                  </Suspense>
                </PivotItem>
              ))}
            </Pivot>
          </>
        )}
      </Stack>
    </NavigationContext.Provider>
  );
}

export interface AppProps {
  /** Office's display language, mapped to one we ship; a manual switch in the pane overrides it. */
  readonly lang: Lang;
}

/** The task pane. Needs an <ExcelProvider> above it (index.tsx gives it the real workbook). */
export function App({ lang }: AppProps) {
  const excel = useExcel();
  // Office's theme as the pane opens (Excel tells no add-in when it changes); the system's forced colours win.
  const theme = useMemo(() => themeFor(excel.officeLook(), systemForcesColours()), [excel]);
  const locale = useMemo(() => excel.displayLocale(), [excel]);
  return (
    <ThemeProvider theme={theme} applyTo="body">
      <LangProvider lang={lang} locale={locale}>
        <SessionProvider>
          <AppliedViewsProvider>
            <Shell />
          </AppliedViewsProvider>
        </SessionProvider>
      </LangProvider>
    </ThemeProvider>
  );
}
