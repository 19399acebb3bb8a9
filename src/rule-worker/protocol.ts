import type { ProcessDefinition } from "../core/definition/types";
import type { RuleAnswer, RuleQuestion } from "../core/rules/evaluator";
import type { RuleBindings } from "../core/rules/expression";

/** Messages to a rule worker. One `ask` is in flight at a time; its questions are answered in order. */
export type ToWorker =
  | {
      readonly t: "open";
      readonly session: number;
      /** A definition that already loaded on the sending side (it is compiled without checks). */
      readonly definition: ProcessDefinition;
      readonly bindings: RuleBindings;
    }
  | {
      readonly t: "ask";
      readonly session: number;
      readonly batch: number;
      readonly questions: readonly RuleQuestion[];
      /** Say every answer, and every rule about to be evaluated, at once: the sender is looking for a rule that hangs. */
      readonly eager: boolean;
    }
  | { readonly t: "close"; readonly session: number };

/** Messages from a rule worker. */
export type FromWorker =
  | { readonly t: "ready" }
  | {
      readonly t: "progress";
      readonly batch: number;
      /** The answers to questions `from`, `from + 1`, … of the batch. */
      readonly from: number;
      readonly answers: readonly RuleAnswer[];
      /** The question and the rule being evaluated now (sent when the worker has been quiet for a while). */
      readonly at?: { readonly index: number; readonly path: string };
    };
