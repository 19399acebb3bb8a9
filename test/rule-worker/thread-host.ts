import { join } from "node:path";
import { nodeThreadHost, type NodeThreadOptions } from "../../src/rule-worker/node-thread";
import type { WorkerRuleHost } from "../../src/rule-worker/worker-host";

/** A worker-thread rule host for jest: its threads load the TypeScript sources through ts-thread.js. */
export function testThreadHost(options: NodeThreadOptions = {}): WorkerRuleHost {
  return nodeThreadHost({
    entry: join(__dirname, "ts-thread.js"),
    workerData: { entry: join(__dirname, "../../src/rule-worker/node-thread-main.ts") },
    ...options,
  });
}
