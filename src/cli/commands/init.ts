import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { expectPositionals, flag, parseCommandArgs, stringOption } from "../args";
import type { Context } from "../context";
import { badInput, EXIT } from "../failure";
import { loadProcessFile } from "../files/process-file";
import { fileKind } from "../files/register";
import { buildRegisterWorkbook } from "../files/xlsx-init";
import { saveWorkbook } from "../files/xlsx-workbook";

const OPTIONS = { out: { type: "string" }, sample: { type: "boolean" }, force: { type: "boolean" } } as const;

/** `procsheet init <template | process.json> --out register.xlsx`: a new register workbook. */
export async function runInit(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "init", argv, OPTIONS);
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.init);
    return EXIT.ok;
  }
  const [arg] = expectPositionals(ctx, "init", args, 1) as [string];
  const out = stringOption(args, "out");
  if (out === undefined) throw badInput(ctx.m.outRequired);
  if (fileKind(ctx, out) !== "xlsx") throw badInput(ctx.m.outNotXlsx(out));
  const path = resolve(ctx.cwd, out);
  if (existsSync(path) && !flag(args, "force")) throw badInput(ctx.m.outExists(out));
  const { process } = loadProcessFile(ctx, arg);
  const r = await buildRegisterWorkbook(process, ctx.lang, ctx.m, flag(args, "sample"));
  await saveWorkbook(ctx, r.workbook, path);
  ctx.out(ctx.m.initDone(out, r.sheetName, r.tableName, r.columns, r.sampleRows, r.historySheet));
  return EXIT.ok;
}
