// The script of the pane's rule worker (web-worker.ts): the engine's rules behind postMessage.
import type { ToWorker } from "../../rule-worker/protocol";
import { serveRules } from "../../rule-worker/serve";

const scope = self as unknown as {
  postMessage(m: unknown): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const handle = serveRules(
  (m) => scope.postMessage(m),
  () => performance.now(),
);
scope.onmessage = (e) => handle(e.data);
