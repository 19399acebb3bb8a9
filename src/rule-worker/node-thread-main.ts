// The script a rule worker thread runs (node-thread.ts): the engine's rules behind a message port.
import { parentPort } from "node:worker_threads";
import type { ToWorker } from "./protocol";
import { serveRules } from "./serve";

const port = parentPort;
if (port) {
  const handle = serveRules(
    (m) => port.postMessage(m),
    () => performance.now(),
  );
  port.on("message", (m: ToWorker) => handle(m));
}
