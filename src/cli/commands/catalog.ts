import { join, relative } from "node:path";
import { loadProcess } from "../../core/definition/load";
import {
  CATALOG_INDEX,
  catalogIndex,
  catalogIndexJson,
  chooseVersions,
} from "../../core/catalog/catalog-index";
import { resolveText } from "../../core/text";
import { expectPositionals, flag, parseCommandArgs } from "../args";
import type { Context } from "../context";
import { EXIT } from "../failure";
import { writeFileAtomic } from "../files/atomic-write";
import { catalogDir, readCatalog } from "../files/catalog-folder";
import { problemLine } from "../files/process-file";

/**
 * `procsheet catalog <folder>`: writes catalog/index.json for the organisation's process catalogue (the
 * gallery lists it: src/taskpane/templates/org-catalog.ts). Every file is listed, valid or not, so the
 * pane can show an admin what is wrong with one; here each is checked too, and the exit code says
 * whether all are valid. The index itself is the same as `node scripts/catalog.mjs <folder>` writes.
 */
export async function runCatalog(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "catalog", argv, {});
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.catalog);
    return EXIT.ok;
  }
  const [folder] = expectPositionals(ctx, "catalog", args, 1) as [string];
  const dir = catalogDir(ctx, folder);
  const files = readCatalog(ctx, dir);
  const checked = files.map((f) => ({ ...f, loaded: loadProcess(f.text) }));
  const valid = checked.flatMap((f) =>
    f.loaded.ok
      ? [
          {
            file: f.file,
            id: f.loaded.value.definition.id,
            version: f.loaded.value.definition.version ?? 1,
            def: f.loaded.value.definition,
          },
        ]
      : [],
  );
  const choices = chooseVersions(valid);
  let invalid = 0;
  for (const f of checked) {
    if (!f.loaded.ok) {
      invalid++;
      ctx.out(ctx.m.catalogInvalid(f.file, f.loaded.error.length));
      for (const p of f.loaded.error) ctx.out(`  ${problemLine(p, ctx.lang)}`);
      continue;
    }
    const def = f.loaded.value.definition;
    const choice = choices.find((c) => c.offered.id === def.id);
    // The file kept for this version (the offered one, or one kept as history), not always the offered one.
    const kept = choice && [choice.offered, ...choice.history].find((k) => k.version === (def.version ?? 1));
    const duplicateOf = choice?.duplicates.some((d) => d.file === f.file) ? kept?.file : undefined;
    if (duplicateOf !== undefined) {
      ctx.out(ctx.m.catalogDuplicate(f.file, duplicateOf));
      ctx.err(ctx.m.catalogDuplicateWarning(f.file, duplicateOf, def.id, def.version ?? 1));
      continue;
    }
    const newest = choice && choice.offered.file !== f.file ? choice.offered.version : undefined;
    ctx.out(
      ctx.m.catalogValid(f.file, resolveText(def.name, ctx.lang) || def.id, def.id, def.version ?? 1, newest),
    );
  }
  if (files.length === 0) ctx.out(ctx.m.catalogEmpty);
  const indexFile = join(dir, CATALOG_INDEX);
  writeFileAtomic(ctx, indexFile, catalogIndexJson(catalogIndex(files.map((f) => f.entry))));
  ctx.out(ctx.m.catalogWritten(relative(ctx.cwd, indexFile) || indexFile, files.length, invalid));
  return invalid > 0 ? EXIT.failed : EXIT.ok;
}
