import { DefaultButton, Dropdown, Link, mergeStyleSets, Stack, TextField, useTheme } from "@fluentui/react";
import { useMemo } from "react";
import type { ProcsheetError } from "../../core/result";
import { asRuleName, thousandsMistake } from "../../core/rules/people-words";
import { headerIn, rowNamesOf } from "../../core/rules/row-names";
import { describe } from "../components/errors";
import { useStrings } from "../i18n/use-strings";
import { MONO_STACK } from "../theme/theme";
import { useDraft } from "../session/draft-context";
import { caretAt, syntaxProblems, unknownColumns } from "./syntax-errors";

/** The rule language's own guide, for the people who write conditions by hand. */
const JSONATA_GUIDE = "https://docs.jsonata.org/overview";

/** "Conditions are written in JSONata": the one place the pane names the rule language, as help. */
export function JsonataHelpLink() {
  const { t } = useStrings();
  return (
    <Link href={JSONATA_GUIDE} target="_blank" rel="noreferrer">
      {t.writtenInJsonata}
    </Link>
  );
}

export interface JsonataFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Where the rule sits in the definition, e.g. `steps[2].owner[0].when`. */
  readonly path: string;
  readonly placeholder?: string;
}

function useCss() {
  const theme = useTheme();
  return useMemo(
    () =>
      mergeStyleSets({
        // Spans only: Fluent puts the error message inside a <p>.
        excerpt: {
          display: "block",
          whiteSpace: "pre",
          overflowX: "auto",
          fontFamily: MONO_STACK,
          fontSize: 12,
          color: theme.semanticColors.bodyText,
        },
        bad: { textDecoration: `underline wavy ${theme.semanticColors.errorText}`, textUnderlineOffset: 3 },
        caret: { color: theme.semanticColors.errorText, fontWeight: 700 },
        message: { display: "block", marginBottom: 4 },
      }),
    [theme],
  );
}

/** The source line with the offending character underlined and a caret under it, then the message. */
export function SyntaxErrorAt({
  source,
  error,
}: {
  readonly source: string;
  readonly error: ProcsheetError;
}) {
  const { lang, f } = useStrings();
  const css = useCss();
  const c = caretAt(source, error.position ?? source.length);
  const bad = c.lineText[c.index];
  return (
    <span data-testid="syntax-error">
      <span className={css.excerpt} aria-hidden="true">
        {c.lineText.slice(0, c.index)}
        <span className={css.bad}>{bad ?? " "}</span>
        {c.lineText.slice(c.index + 1)}
        {"\n"}
        {" ".repeat(c.cells)}
        <span className={css.caret}>^</span>
      </span>
      <span className={css.message}>
        {f("syntaxAt", { line: c.line, column: c.column })} {describe(error, lang)}
      </span>
    </span>
  );
}

/** `value` with `name` added at its end, spaced. */
function withName(value: string, name: string): string {
  return value === "" || /\s$/.test(value) ? `${value}${name}` : `${value} ${name}`;
}

/**
 * A rule in monospace, checked on every keystroke; each error is drawn at its position. Columns may be
 * named by their headers in either language (picked from a list here); a number typed with thousands
 * separators is explained, with a one-click fix.
 */
export function JsonataField({ label, value, onChange, path, placeholder }: JsonataFieldProps) {
  const { lang, t, f } = useStrings();
  const theme = useTheme();
  const { draft } = useDraft();
  const names = useMemo(() => rowNamesOf(draft ?? {}), [draft]);
  const problems = useMemo(() => syntaxProblems(value, path, names), [value, path, names]);
  const thousands = useMemo(() => thousandsMistake(value), [value]);
  const unknown = useMemo(
    () => (problems.length > 0 ? [] : unknownColumns(value, names)),
    [problems, value, names],
  );
  const headers = useMemo(() => [...names.keys].map((k) => headerIn(names, k, lang)), [names, lang]);
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <TextField
        label={label}
        value={value}
        multiline
        autoAdjustHeight
        rows={1}
        spellCheck={false}
        autoComplete="off"
        {...(placeholder ? { placeholder } : {})}
        onChange={(_e, v) => onChange(v ?? "")}
        styles={{
          field: { fontFamily: MONO_STACK, fontSize: 13 },
          description: { color: theme.semanticColors.warningText },
        }}
        {...(unknown.length > 0
          ? {
              // A warning, not an error: the rule still saves (a column may be added to the process later).
              description: f("unknownColumns", {
                names: unknown.map((u) => u.name).join(", "),
                columns: headers.join(", "),
              }),
            }
          : {})}
        {...(problems.length > 0
          ? {
              errorMessage: (
                <>
                  {problems.slice(0, 3).map((e, i) => (
                    <SyntaxErrorAt key={i} source={value} error={e} />
                  ))}
                </>
              ),
            }
          : {})}
      />
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Dropdown
          ariaLabel={t.insertColumn}
          placeholder={t.insertColumn}
          selectedKey={null}
          options={headers.map((h) => ({ key: h, text: h }))}
          onChange={(_e, o) => o && onChange(withName(value, asRuleName(String(o.key))))}
          styles={{ root: { minWidth: 150 }, title: { fontSize: 12 } }}
        />
        {thousands && (
          <DefaultButton
            text={f("writeNumberAs", { plain: thousands.plain })}
            onClick={() => onChange(thousands.fixed)}
          />
        )}
      </Stack>
    </Stack>
  );
}
