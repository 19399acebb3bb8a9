import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { newBinding, processParts } from "../../workbook/parts";
import { sampleRegister } from "../../workbook/sample/sample-register";
import { expectPositionals, flag, parseCommandArgs, resolveNow, stringOption } from "../args";
import type { Context } from "../context";
import { badInput, EXIT } from "../failure";
import { readAddInIdentity } from "../files/add-in-manifest";
import { loadProcessFile } from "../files/process-file";
import { fileKind } from "../files/register";
import { embedParts, type WebExtensionReference } from "../files/xlsx-embed";
import { buildRegisterWorkbook } from "../files/xlsx-init";
import { saveWorkbook } from "../files/xlsx-workbook";

const OPTIONS = {
  out: { type: "string" },
  sample: { type: "boolean" },
  force: { type: "boolean" },
  now: { type: "string" },
  store: { type: "string" },
  "no-auto-open": { type: "boolean" },
} as const;

/**
 * Where Office finds the add-in a tagged workbook asks for, per the store types of
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document:
 * EXCatalog for centralized deployment (the default: that is how admins deploy Procsheet), a network
 * share's UNC path, an AppSource asset, or the registry where a developer sideloaded it.
 */
export function addInReference(ctx: Context, store: string | undefined): WebExtensionReference {
  const manifest = readAddInIdentity();
  if (!manifest.ok) throw badInput(ctx.m.manifestUnreadable(manifest.file, manifest.reason));
  const { id, version } = manifest.value;
  const value = store?.trim();
  if (value === undefined || /^excatalog$/i.test(value))
    return { id, version, store: "EXCatalog", storeType: "EXCatalog" };
  if (/^(registry|developer)$/i.test(value))
    return { id, version, store: "developer", storeType: "Registry" };
  const m = /^(filesystem|omex):(.+)$/i.exec(value);
  const where = m?.[2]?.trim();
  if (m && where) {
    if (m[1]?.toLowerCase() === "filesystem") return { id, version, store: where, storeType: "FileSystem" };
    // AppSource names the add-in by its asset id; its store is the AppSource locale.
    return { id: where, version, store: ctx.lang === "zh-CN" ? "zh-CN" : "en-US", storeType: "OMEX" };
  }
  throw badInput(ctx.m.badStore(store ?? ""));
}

/**
 * `procsheet init <template | process.json> --out register.xlsx`: a new register workbook, with the
 * process bound in it as the add-in would bind it (custom XML parts) and, unless --no-auto-open, tagged
 * so that Excel opens the Procsheet pane with it where the add-in is deployed.
 */
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
  const now = resolveNow(ctx, stringOption(args, "now"));
  const autoOpen = flag(args, "no-auto-open") ? undefined : addInReference(ctx, stringOption(args, "store"));
  const { process } = loadProcessFile(ctx, arg);
  // The sample dated for today, with closed cases of the last weeks before it and their History.
  const made = flag(args, "sample") ? await sampleRegister(process, now) : { rows: [], events: [] };
  const sample = made.rows;
  // The register is written in ctx.lang, so that is the binding's language too.
  const binding = newBinding(process.definition, ctx.lang, now);
  const r = await buildRegisterWorkbook(process, ctx.lang, ctx.m, sample, {
    events: made.events,
    version: binding.version,
  });
  await saveWorkbook(ctx, r.workbook, path, (written) =>
    embedParts(written, { customXml: processParts(binding, sample), ...(autoOpen ? { autoOpen } : {}) }),
  );
  ctx.out(ctx.m.initDone(out, r.sheetName, r.tableName, r.columns, r.sampleRows, r.historySheet));
  ctx.out(ctx.m.initEmbedded(binding.id, binding.version, autoOpen?.storeType));
  return EXIT.ok;
}
