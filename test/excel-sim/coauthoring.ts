/**
 * Several co-authors' Excel on one shared workbook, each with its own add-in instance, in one jest realm.
 * Node only (AsyncLocalStorage): the browser workbench never imports this file.
 *
 * "When you change a workbook's content, Excel automatically synchronizes those changes across all
 * coauthors"; values an add-in copied into JavaScript are not synchronized; a co-author's change reaches
 * the add-in as an onChanged event whose `source` is Remote:
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 * https://learn.microsoft.com/javascript/api/excel/excel.eventsource
 *
 * Model (README, "Co-authoring"):
 * - Each client has its own replica. Its batches and its person's entries apply there at once and are
 *   sent to the server as patches (replication.ts); the server orders them (last writer wins per cell).
 * - Every other replica receives a patch after `delayMs`, or when the test calls `propagate()` /
 *   `settleCoauthoring()`, and fires its onChanged handlers with source Remote.
 * - A replica that receives a patch while it has own patches the server ordered later is rebuilt: the
 *   server state just before the patch, the patch, then its own later patches replayed on top
 *   (positional replay). Once everything is delivered, every replica equals the server.
 * - TableRowCollection.add while a co-author edits that table or the range under it is a merge conflict
 *   (the docs' known issue): the server refuses the patch and the client is refreshed from the server.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createExcelSimulation } from "./index";
import type {
  ExcelSimulation,
  SimulationGlobals,
  SimulationOptions,
  WorkbookJson,
  WorkbookSnapshot,
} from "./index";
import { intersect, MAX_ROWS } from "./address";
import type { ChangeRecord } from "./model/workbook-model";
import { WorkbookModel } from "./model/workbook-model";
import { Recorder, replay, resetShared, sharedState, stateKey } from "./replication";
import type { Patch, SharedState } from "./replication";
import { dumpWorkbook, loadWorkbook, snapshotWorkbook } from "./snapshot";

export interface CoauthoringOptions extends SimulationOptions {
  /** How many co-authors (default 2). */
  clients?: number;
  /**
   * Milliseconds after which a change reaches the other replicas. Without it nothing arrives until the
   * test calls propagate() or settleCoauthoring(), which keeps tests deterministic.
   */
  delayMs?: number;
}

/** One co-author's Excel: a simulation handle on its own replica, and the way to run code as them. */
export interface CoauthoringClient extends Omit<
  ExcelSimulation,
  "coauthor" | "betweenSyncs" | "load" | "uninstall"
> {
  readonly index: number;
  /** Runs `fn` as this client: inside it (and in everything it awaits), the globals act on this replica. */
  run<T>(fn: () => T): T;
  /** Runs `action` just before this client's next batch executes (between two of its syncs). */
  betweenSyncs(action: () => void): void;
  /** The server sequence number up to which this replica has everything. */
  readonly delivered: number;
}

export interface CoauthoringConflict {
  readonly client: number;
  readonly kind: "rowsAdd";
  readonly table: string;
  readonly message: string;
}

export interface CoauthoringServer {
  /** Sequence number of the last change the server ordered (0 before any). */
  readonly seq: number;
  /** The changes in server order: who sent each and its change records. */
  readonly log: readonly {
    readonly seq: number;
    readonly client: number;
    readonly changes: readonly ChangeRecord[];
  }[];
  /** Patches the server refused (a TableRowCollection.add merge conflict). */
  readonly conflicts: readonly CoauthoringConflict[];
  /** Structural steps the server dropped because they no longer applied (their errors). */
  readonly dropped: readonly unknown[];
  snapshot(): WorkbookSnapshot;
  dump(): WorkbookJson;
}

export interface Coauthoring {
  readonly clients: readonly CoauthoringClient[];
  readonly server: CoauthoringServer;
  /** The client the globals act on now (client 0 outside any client's `run`). */
  current(): CoauthoringClient;
  /** Delivers what the server has ordered, now: to every client, or to `to` only, up to `upTo`. */
  propagate(options?: { to?: number; upTo?: number }): void;
  /**
   * Delivers everything and waits for every client's event handlers, again and again while handlers
   * keep writing (at most 100 rounds), until every replica equals the server.
   */
  settleCoauthoring(): Promise<void>;
  /** Whether every replica's shared content equals the server's. */
  converged(): boolean;
  uninstall(): void;
}

interface Entry {
  readonly seq: number;
  readonly client: number;
  readonly patch: Patch;
  /** The server's shared content after this entry (dropped once every client is past it). */
  stateAfter: SharedState | undefined;
}

interface Replica {
  readonly sim: ExcelSimulation;
  readonly recorder: Recorder;
  delivered: number;
  /** A patch of this client was refused: it is rebuilt from the server at its next delivery. */
  refresh: boolean;
}

/**
 * A conflict in the docs' sense: rows added through TableRowCollection.add to a table that a co-author
 * edited (the table, or the range under it) in a change this client had not received yet.
 */
function rowsAddConflict(
  server: WorkbookModel,
  patch: Patch,
  concurrent: readonly Entry[],
): { table: string; message: string } | undefined {
  for (const id of patch.rowsAddedTo) {
    const t = server.tableById(id);
    if (!t) continue;
    const region = { top: t.rect.top, bottom: MAX_ROWS - 1, left: t.rect.left, right: t.rect.right };
    const hit = concurrent.some((e) =>
      e.patch.changes.some((c) => c.sheetId === t.sheetId && intersect(c.rect, region) !== undefined),
    );
    if (hit)
      return {
        table: t.name,
        message: `TableRowCollection.add on ${t.name} conflicts with a co-author's edit of the table or the range under it`,
      };
  }
  return undefined;
}

/** Remote events carry no `details` (README, open-docs choices). */
const remoteChanges = (changes: readonly ChangeRecord[]): ChangeRecord[] =>
  changes.map(({ details: _details, ...rest }) => ({ ...rest, rect: { ...rest.rect } }));

/**
 * Installs co-authoring clients behind the `Excel`, `Office` and `OfficeExtension` globals of
 * `options.target` (default globalThis). Code run outside any client's `run` acts as client 0.
 */
export function installCoauthoring(options: CoauthoringOptions = {}): Coauthoring {
  const count = options.clients ?? 2;
  if (!Number.isInteger(count) || count < 1) throw new Error("excel-sim: clients must be a positive integer");
  const { clients: _clients, delayMs, target: targetOption, ...simOptions } = options;
  const storage = new AsyncLocalStorage<number>();
  const first = createExcelSimulation(simOptions);
  const initial = dumpWorkbook(first.sim.model);
  const built = [first];
  for (let i = 1; i < count; i++) built.push(createExcelSimulation({ ...simOptions, workbook: initial }));

  const serverModel = new WorkbookModel({
    textFormatBlocksFormulas: options.textFormatBlocksFormulas ?? false,
  });
  loadWorkbook(serverModel, initial);
  serverModel.changes = [];
  const initialState = sharedState(serverModel);
  const log: Entry[] = [];
  const conflicts: CoauthoringConflict[] = [];
  const dropped: unknown[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const replicas: Replica[] = built.map(({ sim }, i) => {
    sim.model.idTag = `c${i + 1}-`;
    return { sim, recorder: new Recorder(sim.model), delivered: 0, refresh: false };
  });

  const stateAt = (seq: number): SharedState => {
    if (seq === 0) return initialState;
    const state = log[seq - 1]?.stateAfter;
    if (!state) throw new Error(`excel-sim: the server no longer holds its state at ${seq}`);
    return state;
  };

  /** Server states every client is past are not needed any more. */
  const prune = (): void => {
    const oldest = Math.min(...replicas.map((r) => r.delivered));
    for (let s = 1; s < oldest; s++) {
      const e = log[s - 1];
      if (e) e.stateAfter = undefined;
    }
  };

  /** Runs `fn` on a replica without recording it as that replica's own change. */
  const silently = (replica: Replica, fn: () => void): void => {
    replica.recorder.paused = true;
    try {
      fn();
    } finally {
      replica.recorder.paused = false;
    }
  };

  /** Rebuilds a replica: the server state at `seq`, then its own later patches (positional replay). */
  const rebuild = (replica: Replica, index: number, seq: number, then?: Patch): void => {
    const model = replica.sim.model;
    silently(replica, () => {
      resetShared(model, stateAt(seq));
      if (then) replay(model, then);
      // Tracked ranges already follow this replica's own changes; replaying them again must not move them.
      const live = [...model.liveRanges];
      model.liveRanges.clear();
      try {
        for (const own of log.slice(then ? seq + 1 : seq)) if (own.client === index) replay(model, own.patch);
      } finally {
        for (const ref of live) model.liveRanges.add(ref);
      }
    });
    replica.refresh = false;
  };

  const deliver = (index: number, upTo: number): void => {
    const replica = replicas[index];
    if (!replica) return;
    const model = replica.sim.model;
    let received = false;
    while (replica.delivered < Math.min(upTo, log.length)) {
      const entry = log[replica.delivered];
      if (!entry) break;
      replica.delivered = entry.seq;
      if (entry.client === index) continue;
      const ownLater = log.slice(entry.seq).some((e) => e.client === index);
      if (ownLater || replica.refresh) rebuild(replica, index, entry.seq - 1, entry.patch);
      else silently(replica, () => replay(model, entry.patch));
      replica.recorder.resync();
      received = true;
      model.changes = remoteChanges(entry.patch.changes);
      replica.sim.host.flushChanges({ source: "Remote", triggerSource: "Others" });
    }
    if (replica.refresh && replica.delivered >= log.length) {
      rebuild(replica, index, replica.delivered);
      replica.recorder.resync();
      replica.sim.host.notifyObservers("coauthor");
    }
    if (received) prune();
  };

  const submit = (index: number, changes: readonly ChangeRecord[]): void => {
    const replica = replicas[index];
    if (!replica) return;
    const patch = replica.recorder.take(changes);
    if (!patch) return;
    const concurrent = log.slice(replica.delivered).filter((e) => e.client !== index);
    const conflict = rowsAddConflict(serverModel, patch, concurrent);
    if (conflict) {
      // Excel asks this person to refresh: what the refused patch did is replaced by the server's content.
      conflicts.push({ client: index, kind: "rowsAdd", ...conflict });
      replica.refresh = true;
      return;
    }
    dropped.push(...replay(serverModel, patch));
    const seq = log.length + 1;
    log.push({ seq, client: index, patch, stateAfter: sharedState(serverModel) });
    if (delayMs === undefined) return;
    for (let i = 0; i < replicas.length; i++) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        deliver(i, seq);
      }, delayMs);
      timers.add(timer);
    }
  };

  const clients: CoauthoringClient[] = replicas.map((replica, index) => {
    const { sim } = replica;
    sim.host.onLocalChange = (changes) => submit(index, changes);
    // Handlers this client registered run as this client, wherever the event comes from.
    sim.host.events.runHandler = (handler) => storage.run(index, handler);
    const {
      coauthor: _coauthor,
      betweenSyncs: _betweenSyncs,
      load: _load,
      uninstall: _uninstall,
      ...rest
    } = sim;
    return {
      ...rest,
      index,
      run: <T>(fn: () => T): T => storage.run(index, fn),
      betweenSyncs: (action: () => void) => {
        sim.host.beforeNextBatch.push(action);
      },
      get delivered() {
        return replica.delivered;
      },
    };
  });

  const current = (): CoauthoringClient => {
    const client = clients[storage.getStore() ?? 0] ?? clients[0];
    if (!client) throw new Error("excel-sim: no co-authoring client");
    return client;
  };
  const globalsOf = (): SimulationGlobals => {
    const b = built[storage.getStore() ?? 0] ?? first;
    return b.globals;
  };

  /** A global whose every property is the current client's. */
  const dispatch = (pick: (g: SimulationGlobals) => Record<string, unknown>): Record<string, unknown> =>
    new Proxy<Record<string, unknown>>(
      {},
      {
        get: (_t, key) => Reflect.get(pick(globalsOf()), key),
        set: (_t, key, value) => Reflect.set(pick(globalsOf()), key, value),
        has: (_t, key) => Reflect.has(pick(globalsOf()), key),
        ownKeys: () => Reflect.ownKeys(pick(globalsOf())),
        getOwnPropertyDescriptor: (_t, key) => {
          const d = Reflect.getOwnPropertyDescriptor(pick(globalsOf()), key);
          return d ? { ...d, configurable: true } : undefined;
        },
      },
    );

  const target = (targetOption ?? globalThis) as Record<string, unknown>;
  const previous = {
    Excel: target["Excel"],
    Office: target["Office"],
    OfficeExtension: target["OfficeExtension"],
  };
  target["Excel"] = dispatch((g) => g.Excel);
  target["Office"] = dispatch((g) => g.Office);
  target["OfficeExtension"] = dispatch((g) => g.OfficeExtension);

  const propagate = (opts: { to?: number; upTo?: number } = {}): void => {
    const upTo = opts.upTo ?? log.length;
    if (opts.to !== undefined) deliver(opts.to, upTo);
    else for (let i = 0; i < replicas.length; i++) deliver(i, upTo);
  };

  const converged = (): boolean => {
    const server = stateKey(sharedState(serverModel));
    return replicas.every((r) => stateKey(sharedState(r.sim.model)) === server);
  };

  return {
    clients,
    server: {
      get seq() {
        return log.length;
      },
      get log() {
        return log.map((e) => ({ seq: e.seq, client: e.client, changes: e.patch.changes }));
      },
      conflicts,
      dropped,
      snapshot: () => snapshotWorkbook(serverModel),
      dump: () => dumpWorkbook(serverModel),
    },
    current,
    propagate,
    settleCoauthoring: async () => {
      for (let round = 0; round < 100; round++) {
        const before = log.length;
        propagate();
        await Promise.all(replicas.map((r) => r.sim.settle()));
        if (log.length === before && replicas.every((r) => r.delivered === log.length && !r.refresh)) return;
      }
      throw new Error("excel-sim: co-authors kept changing the workbook for 100 rounds");
    },
    converged,
    uninstall: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      target["Excel"] = previous.Excel;
      target["Office"] = previous.Office;
      target["OfficeExtension"] = previous.OfficeExtension;
      for (const r of replicas) r.sim.uninstall();
      serverModel.engine.dispose();
    },
  };
}
