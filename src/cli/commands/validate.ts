import { loadProcess } from "../../core/definition/load";
import { resolveText } from "../../core/text";
import { expectPositionals, flag, parseCommandArgs } from "../args";
import type { Context } from "../context";
import { EXIT } from "../failure";
import { problemLine, readTextFile, resolveDefinition } from "../files/process-file";

/** `procsheet validate <process.json>`: every problem as `path: message`; exit 0 valid, 1 invalid. */
export async function runValidate(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseCommandArgs(ctx, "validate", argv, { json: { type: "boolean" } });
  if (flag(args, "help")) {
    ctx.out(ctx.m.help.validate);
    return EXIT.ok;
  }
  const [file] = expectPositionals(ctx, "validate", args, 1) as [string];
  const text = readTextFile(ctx, resolveDefinition(ctx, file));
  const r = loadProcess(text);
  if (flag(args, "json")) {
    const problems = r.ok ? [] : r.error.map((p) => ({ path: p.path ?? null, message: p.message }));
    ctx.out(JSON.stringify({ valid: r.ok, problems }, null, 2));
  } else if (r.ok) {
    const def = r.value.definition;
    const name = resolveText(def.name, ctx.lang);
    ctx.out(
      ctx.m.valid(file, name, def.id, def.steps.length, def.fields?.length ?? 0, def.tests?.length ?? 0),
    );
  } else {
    const definition = parsed(text);
    for (const p of r.error) ctx.out(problemLine(p, ctx.lang, definition));
    ctx.err(ctx.m.invalid(file, r.error.length));
  }
  return r.ok ? EXIT.ok : EXIT.failed;
}

// The file as JSON, if it is JSON at all: its steps' names place the problems in words.
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
