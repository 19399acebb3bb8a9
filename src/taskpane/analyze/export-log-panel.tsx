import { DefaultButton, MessageBarType, PrimaryButton, Stack, Text, TextField } from "@fluentui/react";
import { useMemo, useState } from "react";
import type { ProcsheetError, Result } from "../../core/result";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import { logCsv, logTable } from "../../workbook/export/csv-log";
import { logCases } from "../../workbook/export/log-cases";
import { parseUtcOffset, utcOffsetText, xesDocument } from "../../workbook/export/xes";
import { todayOf } from "../clock";
import { download } from "../components/download";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";

type Done =
  | { readonly kind: "file"; readonly file: string; readonly cases: number; readonly events: number }
  | { readonly kind: "sheet"; readonly sheet: string; readonly rows: number };

/**
 * "Export the log": History as XES (for process-mining tools) or CSV (for BI) to save as a file, or the
 * CSV's table as a new sheet. XES timestamps carry the offset given here (this computer's by default).
 */
export function ExportLogPanel({ binding }: { readonly binding: ProcessBinding }) {
  const { lang, t, f } = useStrings();
  const excel = useExcel();
  const clock = useClock();
  const machine = useMemo(() => utcOffsetText(-new Date().getTimezoneOffset()), []);
  const [offset, setOffset] = useState(machine);
  const minutes = parseUtcOffset(offset);
  const action = useAction<Done>();

  const file = (format: "xes" | "csv") =>
    void action.run(async (): Promise<Result<Done, ProcsheetError>> => {
      const compiled = compiledBinding(binding);
      if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
      const past = await excel.readPast(binding);
      if (!past.ok) return past;
      const cases = logCases(
        past.value.events,
        past.value.register.map((c) => c.row),
      );
      const name = `${binding.id}-log-${todayOf(clock())}.${format}`;
      if (format === "xes")
        download(
          name,
          xesDocument(compiled.value, cases, { lang, utcOffsetMinutes: minutes ?? 0 }),
          "application/xml",
        );
      else download(name, logCsv(logTable(compiled.value, cases, lang)), "text/csv;charset=utf-8");
      return {
        ok: true,
        value: { kind: "file", file: name, cases: cases.length, events: past.value.events.length },
      };
    });
  const sheet = () =>
    void action.run(async (): Promise<Result<Done, ProcsheetError>> => {
      const r = await excel.writeLogSheet(binding, lang);
      return r.ok ? { ok: true, value: { kind: "sheet", sheet: r.value.sheetName, rows: r.value.rows } } : r;
    });

  const done = action.value;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.exportLogHelp}</Text>
      <TextField
        label={t.utcOffset}
        value={offset}
        onChange={(_e, v) => setOffset(v ?? "")}
        description={f("utcOffsetHelp", { offset: machine })}
        {...(minutes === undefined ? { errorMessage: t.badOffset } : {})}
        styles={{ root: { maxWidth: 220 } }}
      />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={t.downloadXes}
          iconProps={{ iconName: "Download" }}
          disabled={action.busy || minutes === undefined}
          onClick={() => file("xes")}
        />
        <DefaultButton
          text={t.downloadCsv}
          iconProps={{ iconName: "Download" }}
          disabled={action.busy}
          onClick={() => file("csv")}
        />
        <DefaultButton text={t.csvSheet} disabled={action.busy} onClick={sheet} />
      </Stack>
      {action.error && <ErrorBar error={action.error} onDismiss={action.reset} />}
      {done?.kind === "file" && (
        <Note type={MessageBarType.success}>
          {f("logDownloaded", { file: done.file, cases: done.cases, events: done.events })}
        </Note>
      )}
      {done?.kind === "sheet" && (
        <Note type={MessageBarType.success}>{f("logSheetMade", { rows: done.rows, sheet: done.sheet })}</Note>
      )}
    </Stack>
  );
}
