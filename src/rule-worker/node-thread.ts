import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { FromWorker } from "./protocol";
import {
  workerRuleHost,
  type WorkerHostOptions,
  type WorkerPlatform,
  type WorkerRuleHost,
} from "./worker-host";

export interface NodeThreadOptions extends WorkerHostOptions {
  /**
   * The script the thread runs: node-thread-main.js beside this file (the built command line); tests
   * running from TypeScript pass a loader (test/rule-worker/ts-thread.js).
   */
  readonly entry?: string;
  readonly workerData?: unknown;
  /** The thread's heap (256 MB): a rule that fills it ends its thread, and its row gets RULE_LIMIT. */
  readonly heapMb?: number;
}

/** Worker threads (node:worker_threads) for the command line's syncs, and for tests of every front end. */
export function nodeThreadPlatform(options: NodeThreadOptions = {}): WorkerPlatform {
  const entry = options.entry ?? join(__dirname, "node-thread-main.js");
  return {
    start(onMessage, onDeath) {
      const worker = new Worker(entry, {
        workerData: options.workerData,
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 256, stackSizeMb: 4 },
      });
      let ended = false;
      // The thread never keeps the command line running; a batch in flight does, through its watchdog timer.
      worker.unref();
      worker.on("message", (m: FromWorker) => onMessage(m));
      worker.on("error", (e: Error & { code?: string }) => {
        if (ended) return;
        ended = true;
        onDeath(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "error");
      });
      worker.on("exit", () => {
        if (ended) return;
        ended = true;
        onDeath("error");
      });
      return {
        post: (m) => worker.postMessage(m),
        terminate: () => {
          ended = true;
          void worker.terminate();
        },
      };
    },
    now: () => performance.now(),
    setTimer: (fn, ms, keepAlive) => {
      const timer = setTimeout(fn, ms);
      if (!keepAlive) timer.unref();
      return () => clearTimeout(timer);
    },
  };
}

/** A rule host over worker threads: what `procsheet sync` passes to the engine. */
export function nodeThreadHost(options: NodeThreadOptions = {}): WorkerRuleHost {
  return workerRuleHost(nodeThreadPlatform(options), options);
}
