import type { Lang } from "../words/lang";
import { messagesFor, type Messages } from "./messages";

/** What every command gets: the language, its messages, and where to print. */
export interface Context {
  readonly lang: Lang;
  /** True when `--lang` was given; then it also decides the language of cells written into a register. */
  readonly langExplicit: boolean;
  readonly m: Messages;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

export interface ContextOptions {
  readonly lang: Lang;
  readonly langExplicit: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export function createContext(o: ContextOptions): Context {
  return {
    lang: o.lang,
    langExplicit: o.langExplicit,
    m: messagesFor(o.lang),
    cwd: o.cwd,
    env: o.env,
    out: (text) => o.stdout(`${text}\n`),
    err: (text) => o.stderr(`${text}\n`),
  };
}
