import { extname, resolve } from "node:path";
import { logCsv, logTable } from "../../workbook/export/csv-log";
import { logCases } from "../../workbook/export/log-cases";
import { parseUtcOffset, utcOffsetText, xesDocument } from "../../workbook/export/xes";
import { expectPositionals, flag, parseCommandArgs, stringOption } from "../args";
import type { Context } from "../context";
import { badInput, EXIT } from "../failure";
import { writeAllAtomic, type FileWrite } from "../files/atomic-write";
import { readHistory } from "../files/history";
import { loadProcessFile } from "../files/process-file";
import { readRegisterCases, registerBeside } from "../files/register-rows";

const OPTIONS = {
  register: { type: "string" },
  xes: { type: "string" },
  csv: { type: "string" },
  "utc-offset": { type: "string" },
} as const;

/**
 * `--utc-offset` (see parseUtcOffset), or without it this machine's offset now: the workbook is taken to
 * be where its History was written.
 * @example utcOffsetOption("+05:30") === 330
 */
export function utcOffsetOption(text: string | undefined, now: Date = new Date()): number | undefined {
  return text === undefined ? -now.getTimezoneOffset() : parseUtcOffset(text);
}

function output(ctx: Context, option: "xes" | "csv", file: string | undefined, inputs: readonly string[]) {
  if (file === undefined) return undefined;
  if (extname(file).toLowerCase() !== `.${option}`)
    throw badInput(ctx.m.exportOutKind(`--${option}`, file, `.${option}`));
  if (inputs.some((i) => resolve(ctx.cwd, i) === resolve(ctx.cwd, file)))
    throw badInput(ctx.m.exportOverInput(file));
  return file;
}

/**
 * `procsheet export <process> <workbook | history> [--register FILE] --xes OUT | --csv OUT`: History as
 * an event log for process mining (XES) or BI (CSV), the register's fields on each case
 * (docs/specification.md §4.11).
 */
export async function runExport(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "export", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.export);
    return EXIT.ok;
  }
  const [definition, historyFile] = expectPositionals(ctx, "export", args, 2) as [string, string];
  const registerFile = stringOption(args, "register");
  const inputs = [historyFile, ...(registerFile ? [registerFile] : [])];
  const xes = output(ctx, "xes", stringOption(args, "xes"), inputs);
  const csv = output(ctx, "csv", stringOption(args, "csv"), inputs);
  if (xes === undefined && csv === undefined) throw badInput(ctx.m.exportNoOutput);
  const offsetOption = stringOption(args, "utc-offset");
  const offset = utcOffsetOption(offsetOption);
  if (offset === undefined) throw badInput(ctx.m.badOffset(offsetOption ?? ""));
  const { process } = loadProcessFile(ctx, definition);
  const events = await readHistory(ctx, historyFile, process);
  const register =
    registerFile !== undefined
      ? await readRegisterCases(ctx, registerFile, process)
      : await registerBeside(ctx, historyFile, process);
  if (!register) ctx.err(ctx.m.exportNoRegister);
  const cases = logCases(events, register?.rows ?? []);
  const writes: FileWrite[] = [];
  if (xes)
    writes.push({
      file: xes,
      data: xesDocument(process, cases, { lang: ctx.lang, utcOffsetMinutes: offset }),
    });
  if (csv) writes.push({ file: csv, data: logCsv(logTable(process, cases, ctx.lang)) });
  writeAllAtomic(ctx, writes);
  for (const w of writes)
    ctx.out(
      ctx.m.exportWritten(
        w.file,
        w.file === xes ? "XES" : "CSV",
        cases.length,
        events.length,
        utcOffsetText(offset),
      ),
    );
  return EXIT.ok;
}
