import type { RuleRow, RuleValue } from "../definition/types";
import type { Status } from "../register/status";
import { SYSTEM_KEYS, type SystemKey } from "../register/system-columns";
import type { ProcsheetError } from "../result";
import type { OwnerMatch } from "../rules/owner";
import type { ClauseTrace, RowTrace } from "../rules/trace";
import type { CompiledStep } from "../process";
import type { EventType, ProcessEvent } from "./events";

/** An event whose case ID is filled in once IDs are handed out. */
export type PendingEvent = { -readonly [K in keyof ProcessEvent]: ProcessEvent[K] };

/**
 * A row being changed by one tick. Changes collect in a small patch and the new row is built once at
 * the end, so an unchanged row costs no copy and a changed one exactly one (a million rows per second
 * leaves no room for a copy per rule).
 */
const KEY_INDEX: Readonly<Record<SystemKey, number>> = Object.fromEntries(
  SYSTEM_KEYS.map((k, i) => [k, i]),
) as Record<SystemKey, number>;

export class Draft {
  /** Bit i set: system key i was set in this tick; its value is values[i]. */
  private mask = 0;
  private values: (RuleValue | undefined)[] | undefined;
  events: PendingEvent[] | undefined;
  stepChanged: "start" | "advance" | undefined;
  /** Set when the row's rules failed: the row then keeps every cell. */
  error: ProcsheetError | undefined;
  trace: RowTrace | undefined;
  /** Whether the row counted as an open case of its owner before the tick (least-busy bookkeeping). */
  counted = false;
  /** An empty row (every cell blank) is no case: it keeps no ID and starts nothing. */
  blank = false;
  /** The owner rule's match, waiting for Tick.settle to resolve its role against the workload in row order. */
  pendingOwner:
    | {
        readonly step: CompiledStep;
        readonly match: Extract<OwnerMatch, { ok: true }>;
        readonly shadowed?: readonly ClauseTrace[];
      }
    | undefined;

  constructor(
    readonly before: RuleRow,
    /** The row's ID before the tick, trimmed. */
    readonly id: string | undefined,
  ) {}

  get(key: SystemKey): RuleValue | undefined {
    const i = KEY_INDEX[key];
    return this.mask & (1 << i) ? this.values?.[i] : this.before[key];
  }

  /** Trimmed text of a key, or undefined when empty. */
  text(key: SystemKey): string | undefined {
    const v = this.get(key);
    if (v === undefined || v === null) return undefined;
    const s = typeof v === "string" ? v.trim() : String(v);
    return s === "" ? undefined : s;
  }

  set(key: SystemKey, value: RuleValue | undefined): void {
    const i = KEY_INDEX[key];
    this.mask |= 1 << i;
    (this.values ??= new Array<RuleValue | undefined>(SYSTEM_KEYS.length))[i] = value;
  }

  event(type: EventType, at: string, fromStep?: string): void {
    const owner = this.text("owner");
    const step = String(this.get("step"));
    const status = this.get("status") as Status;
    // Literal shapes (no spreads) keep this cheap and the keys in the contract's order.
    const e: PendingEvent = fromStep
      ? owner
        ? { caseId: "", at, type, step, fromStep, status, owner }
        : { caseId: "", at, type, step, fromStep, status }
      : owner
        ? { caseId: "", at, type, step, status, owner }
        : { caseId: "", at, type, step, status };
    (this.events ??= []).push(e);
  }

  /** The row after the tick (the input itself when nothing changed) and the keys that changed. */
  build(id: string | undefined): { row: RuleRow; keys: SystemKey[] } {
    const keys: SystemKey[] = [];
    if (id !== undefined && this.before.id !== id) keys.push("id");
    if (this.mask !== 0)
      for (let i = 1; i < SYSTEM_KEYS.length; i++) {
        const k = SYSTEM_KEYS[i] as SystemKey;
        if (this.mask & (1 << i) && this.values?.[i] !== this.before[k]) keys.push(k);
      }
    if (keys.length === 0) return { row: this.before, keys };
    // Object.assign, not a spread: on V8 (node 20) it copies a row several times faster.
    const row: Record<string, RuleValue> = Object.assign({}, this.before);
    if (id !== undefined) row.id = id;
    for (const k of keys) {
      if (k === "id") continue;
      const v = this.values?.[KEY_INDEX[k]];
      if (v === undefined) delete row[k];
      else row[k] = v;
    }
    return { row, keys };
  }
}
