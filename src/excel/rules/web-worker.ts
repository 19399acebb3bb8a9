import type { FromWorker } from "../../rule-worker/protocol";
import { workerRuleHost, type WorkerPlatform, type WorkerRuleHost } from "../../rule-worker/worker-host";

/** Web Workers for the task pane and the shared runtime (docs/specification.md §3.8). */
export function webWorkerPlatform(): WorkerPlatform {
  return {
    start(onMessage, onDeath) {
      // Written exactly so, webpack makes web-worker-main.ts and what it needs (jsonata, the engine's rules)
      // the worker's own chunk, loaded only when a sync first needs it. tsc checks with module commonjs,
      // which knows no import.meta; webpack compiles this file as an ES module.
      const worker = new Worker(
        // @ts-expect-error TS1343: import.meta under module commonjs (webpack compiles it as es2020)
        new URL("./web-worker-main.ts", import.meta.url),
        { name: "procsheet-rules" },
      );
      let ended = false;
      worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        if (ended) return;
        ended = true;
        onDeath("error");
      };
      return {
        post: (m) => worker.postMessage(m),
        terminate: () => {
          ended = true;
          worker.terminate();
        },
      };
    },
    now: () => performance.now(),
    setTimer: (fn, ms) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
  };
}

/** The pane's rule host: one worker, replaced when a rule has to be stopped. */
export function webWorkerHost(): WorkerRuleHost {
  return workerRuleHost(webWorkerPlatform());
}
