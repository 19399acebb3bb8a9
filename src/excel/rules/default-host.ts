import type { RuleHost } from "../../core/rules/evaluator";

let shared: Promise<RuleHost | undefined> | undefined;

/**
 * The rule host of this runtime (the task pane's, which the ribbon commands share): one Web Worker with a
 * hard time limit, loaded with its own chunk on the first sync that needs it. Where there is no `Worker`
 * (jest's simulation), undefined: rules run on the calling thread.
 */
export function defaultRuleHost(): Promise<RuleHost | undefined> {
  if (typeof Worker === "undefined") return Promise.resolve(undefined);
  shared ??= import("./web-worker").then((m) => m.webWorkerHost().host);
  return shared;
}
