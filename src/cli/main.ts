#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectLang } from "./args";
import {
  runAnalyze,
  runBacktest,
  runCatalog,
  runExport,
  runInit,
  runNotify,
  runSync,
  runTest,
  runValidate,
} from "./commands";
import { createContext, type Context } from "./context";
import { BadInput, badInput, EXIT } from "./failure";
import { packageRoot } from "./files/process-file";
import { messagesFor } from "./messages";

type Command = (ctx: Context, argv: readonly string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: runValidate,
  test: runTest,
  sync: runSync,
  analyze: runAnalyze,
  backtest: runBacktest,
  export: runExport,
  init: runInit,
  catalog: runCatalog,
  notify: (ctx, argv) => runNotify(ctx, argv),
};

export interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** Leading `--lang X` before the command is allowed too: `procsheet --lang zh-CN sync …`. */
function withoutLeadingLang(argv: readonly string[]): readonly string[] {
  if (argv[0] === "--lang") return argv.slice(2);
  if (argv[0]?.startsWith("--lang=")) return argv.slice(1);
  return argv;
}

async function dispatch(ctx: Context, argv: readonly string[]): Promise<number> {
  const [first, ...rest] = withoutLeadingLang(argv);
  if (first === undefined) throw badInput(ctx.m.noCommand);
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    const help = ctx.m.help;
    ctx.out(
      topic !== undefined && topic !== "main" && Object.hasOwn(help, topic)
        ? help[topic as keyof typeof help]
        : help.main,
    );
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    ctx.out(version());
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw badInput(ctx.m.unknownCommand(first));
  return command(ctx, rest);
}

/**
 * Runs the command line: bad input is one line on stderr and exit 2; anything unexpected is one line
 * and exit 3 (with the stack only when PROCSHEET_DEBUG is set). Never throws.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const line = (p: BadInput): void => io.stderr(`procsheet: ${p.what} — ${p.todo}\n`);
  let ctx: Context;
  try {
    const { lang, explicit } = detectLang(argv, io.env);
    ctx = createContext({
      lang,
      langExplicit: explicit,
      cwd: io.cwd,
      env: io.env,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  } catch (e) {
    if (e instanceof BadInput) {
      line(e);
      return EXIT.badInput;
    }
    throw e;
  }
  try {
    return await dispatch(ctx, argv);
  } catch (e) {
    if (e instanceof BadInput) {
      line(e);
      return EXIT.badInput;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    line(badInput(messagesFor(ctx.lang).internal(detail.split("\n")[0] ?? detail)));
    if (io.env.PROCSHEET_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT.internal;
  }
}

if (require.main === module) {
  // A closed pipe (`procsheet … | head`) is not an error worth a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`procsheet: internal error: ${String(e)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
