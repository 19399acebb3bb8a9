/**
 * Proxy objects, the command queue and context.sync(): the core of the application-specific API model.
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 *
 * - Methods and property sets on proxies only queue commands; sync() runs them in order.
 * - Reading a property that was not loaded (and synced) throws PropertyNotLoaded (a property that was set
 *   locally reads back the set value, as Office.js caches it).
 * - A failing command rejects sync() with an OfficeExtension.Error whose debugInfo names the statement;
 *   commands before it stay applied, commands after it do not run (README: "open-docs choices").
 * - Objects obtained by name are looked up again in each batch unless they were loaded (Office.js then
 *   addresses them by id) or tracked (ranges): https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 */
import { ErrorCode, officeError, propertyNotLoaded, SimOfficeError, SimulationLimitError } from "./errors";
import type { SimDebugInfo } from "./errors";
import type { SimHost } from "./host";
import { requiredVersion, versionAtLeast } from "./requirement-sets";
import type { ApiVersion } from "./requirement-sets";

export type ResolveFn = (parentRef: unknown) => unknown;

export interface ProxyInit {
  parent?: SimObject | undefined;
  resolve: ResolveFn;
  /** Statement that creates the object, e.g. `worksheets.getItem("Data")`. */
  statement: string;
  /** errorLocation used when resolution fails, e.g. "WorksheetCollection.getItem". */
  location: string;
  nullable?: boolean;
  /** ExcelApi member key for requirement checks (requirement-sets.ts). */
  member?: string;
  /** Resolution is constant (items of a loaded collection, navigation properties of stable objects). */
  stable?: boolean;
}

export interface PropDef<T extends SimObject = SimObject> {
  /** ExcelApi member key; default "<Type>.<name>". */
  member?: string;
  readOnly?: boolean;
  /** Not returned by a bare load() (e.g. heavy or newer members). */
  explicitOnly?: boolean;
  get: (self: T, ref: unknown) => unknown;
  set?: (self: T, ref: unknown, value: unknown) => void;
  /** Cells touched, for the cells-read/cells-written counters. */
  cells?: (self: T, ref: unknown) => number;
}

interface QueuedOp {
  target: SimObject;
  statement: string;
  location: string;
  payload: unknown;
  /** True for operations the caller wrote (counted for failAt); false for internal instantiation. */
  user: boolean;
  run: () => (() => void) | void;
}

let varCounter = 0;

/** Base of every proxy. */
export abstract class SimObject {
  /** Type name used in error locations ("Range", "Worksheet"); overridden by every proxy class. */
  get _typeName(): string {
    return "ClientObject";
  }
  readonly context: SimRequestContext;
  _init: ProxyInit;
  _ref: unknown;
  _resolved = false;
  _isNull: boolean | undefined;
  _stable: boolean;
  _tracked = false;
  _loaded = new Map<string, unknown>();
  _var: string;
  private _navCache = new Map<string, SimObject>();

  constructor(context: SimRequestContext, init: ProxyInit) {
    this.context = context;
    this._init = init;
    this._stable = init.stable === true;
    this._var = `${this._typeName.charAt(0).toLowerCase()}${this._typeName.slice(1)}${++varCounter}`;
    context._register(this);
    if (init.nullable) context._queueInstantiate(this);
  }

  get _host(): SimHost {
    return this.context._host;
  }

  /** Readable after a sync for *OrNullObject proxies; PropertyNotLoaded before. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._isNull;
  }

  /** The property table of this proxy class. */
  _props(): Record<string, PropDef> {
    return {};
  }
  /** Navigation properties loadable through "nav/prop" paths. */
  _navNames(): string[] {
    return [];
  }
  _navigate(name: string): SimObject | undefined {
    const anyThis = this as unknown as Record<string, unknown>;
    const v = anyThis[name];
    return v instanceof SimObject ? v : undefined;
  }

  /** Cached navigation child (range.format, format.fill …) sharing the parent's resolution. */
  _nav<T extends SimObject>(name: string, make: (init: ProxyInit) => T, member?: string): T {
    const hit = this._navCache.get(name);
    if (hit) return hit as T;
    const init: ProxyInit = {
      parent: this,
      resolve: (p) => p,
      statement: `${this._var}.${name}`,
      location: `${this._typeName}.${name}`,
      stable: false,
    };
    if (member !== undefined) init.member = member;
    const child = make(init);
    this._navCache.set(name, child);
    return child;
  }

  /** Whether the referenced object still exists (deleted sheets/tables, ranges in deleted rows). */
  _alive(_ref: unknown): boolean {
    return true;
  }
  _deadCode(): string {
    return ErrorCode.itemNotFound;
  }

  /** Resolves the object path during a batch. Returns null for a null object. */
  _ensureRef(): unknown {
    if (!this._resolved) {
      const parentRef = this._init.parent ? this._init.parent._ensureRef() : undefined;
      if (this._init.member !== undefined) this._host.requireApi(this._init.member, this._init.location);
      if (this._init.parent && this._init.parent._isNull) {
        this._ref = null;
      } else {
        try {
          this._ref = this._init.resolve(parentRef);
        } catch (e) {
          if (e instanceof SimOfficeError) {
            e.debugInfo.statement = `var ${this._var} = ${this._init.statement};`;
            e.debugInfo.errorLocation = e.debugInfo.errorLocation ?? this._init.location;
          }
          throw e;
        }
      }
      if (this._ref === null && !this._init.nullable && !(this._init.parent && this._init.parent._isNull)) {
        throw officeError(ErrorCode.itemNotFound, this._init.location);
      }
      this._isNull = this._ref === null;
      this._resolved = true;
    }
    if (this._ref !== null && !this._alive(this._ref))
      throw officeError(this._deadCode(), this._init.location);
    return this._ref;
  }

  /** For actions (methods, sets): a null object cannot be acted on (README: stricter choice). */
  _requireRef(location: string): unknown {
    const ref = this._ensureRef();
    if (ref === null) throw officeError(ErrorCode.itemNotFound, location);
    return ref;
  }

  _member(name: string): string {
    return `${this._typeName}.${name}`;
  }

  _getProp(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this._loaded.get(name);
  }

  _setProp(name: string, value: unknown): void {
    const def = this._props()[name];
    if (!def || def.readOnly || !def.set) {
      throw new SimOfficeError(
        ErrorCode.cannotUpdateReadOnlyProperty,
        `The property '${name}' is read-only and it cannot be updated.`,
        { errorLocation: this._member(name) },
      );
    }
    this._loaded.set(name, value);
    const member = def.member ?? this._member(name);
    this.context._queue({
      target: this,
      statement: `${this._var}.${name} = ...;`,
      location: this._member(name),
      payload: value,
      user: true,
      run: () => {
        this._host.requireApi(member, this._member(name));
        const ref = this._requireRef(this._member(name));
        def.set?.(this, ref, value);
      },
    });
  }

  /** Queues a method call. `fn` runs during sync with the resolved reference. */
  _invoke<R>(
    name: string,
    args: unknown[],
    fn: (ref: unknown) => R,
    opts: { member?: string; result?: SimClientResult<R>; allowNull?: boolean } = {},
  ): void {
    const member = opts.member ?? this._member(name);
    this.context._queue({
      target: this,
      statement: `${this._var}.${name}(${args.map(() => "...").join(", ")});`,
      location: this._member(name),
      payload: args,
      user: true,
      run: () => {
        this._host.requireApi(member, this._member(name));
        const ref = opts.allowNull ? this._ensureRef() : this._requireRef(this._member(name));
        const out = fn(ref);
        const result = opts.result;
        if (result) return () => result._set(out);
        return undefined;
      },
    });
  }

  /** A proxy returned by a method; resolved lazily in the batch that first uses it. */
  _child<T extends SimObject>(
    make: (init: ProxyInit) => T,
    name: string,
    args: unknown[],
    resolve: ResolveFn,
    opts: { nullable?: boolean; member?: string; stable?: boolean } = {},
  ): T {
    const init: ProxyInit = {
      parent: this,
      resolve,
      statement: `${this._var}.${name}(${args.map((a) => JSON.stringify(a) ?? "undefined").join(", ")})`,
      location: `${this._typeName}.${name}`,
    };
    if (opts.nullable) init.nullable = true;
    if (opts.member !== undefined) init.member = opts.member;
    if (opts.stable) init.stable = true;
    return make(init);
  }

  load(option?: unknown): this {
    const paths = parseLoadOption(option);
    this.context._queue({
      target: this,
      statement: `${this._var}.load(${JSON.stringify(option ?? "") ?? ""});`,
      location: `${this._typeName}.load`,
      payload: option ?? null,
      user: true,
      run: () => this._runLoad(paths),
    });
    return this;
  }

  /** Executes a load during sync; returns the function that stores the results on the proxies. */
  _runLoad(paths: string[] | undefined): () => void {
    const ref = this._ensureRef();
    const appliers: (() => void)[] = [];
    // Office.js addresses loaded objects by id from then on.
    appliers.push(() => {
      if (this._stableAfterLoad() && !this._stable) {
        this._stable = true;
        this._onStable();
      }
    });
    if (ref === null) return () => appliers.forEach((a) => a());
    const props = this._props();
    const scalars: string[] = [];
    const navs = new Map<string, string[]>();
    if (paths === undefined) {
      for (const [k, d] of Object.entries(props))
        if (!d.explicitOnly && this._host.hasApi(d.member ?? this._member(k))) scalars.push(k);
    } else {
      for (const p of paths) {
        const [head, ...rest] = p.split(/[/.]/);
        if (!head) continue;
        if (head in props && rest.length === 0) scalars.push(head);
        else if (this._navNames().includes(head)) {
          const list = navs.get(head) ?? [];
          if (rest.length) list.push(rest.join("/"));
          navs.set(head, list);
        } else {
          throw officeError(
            ErrorCode.invalidArgument,
            `${this._typeName}.load`,
            `The property '${head}' does not exist on ${this._typeName}.`,
          );
        }
      }
    }
    const values = new Map<string, unknown>();
    for (const k of scalars) {
      const d = props[k];
      if (!d) continue;
      this._host.requireApi(d.member ?? this._member(k), this._member(k));
      values.set(k, d.get(this, ref));
      if (d.cells) this._host.instruments.cellsRead += d.cells(this, ref);
    }
    this._host.instruments.responseBytes += jsonSize(Object.fromEntries(values));
    appliers.push(() => {
      for (const [k, v] of values) this._loaded.set(k, v);
    });
    for (const [nav, sub] of navs) {
      const child = this._navigate(nav);
      if (!child) throw officeError(ErrorCode.invalidArgument, `${this._typeName}.load`);
      appliers.push(child._runLoad(sub.length ? sub : undefined));
    }
    return () => appliers.forEach((a) => a());
  }

  _stableAfterLoad(): boolean {
    return false;
  }
  /** Called when the object becomes tracked (loaded in a run, or track()). */
  _onStable(): void {
    /* ranges register for insert/delete adjustment */
  }
  /** Called when Excel.run ends: untracked objects stop following changes. */
  _release(): void {
    /* ranges unregister */
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) if (v !== undefined) out[k] = v;
    for (const nav of this._navNames()) {
      const child = this._navCache.get(nav);
      if (!child) continue;
      const json = child.toJSON();
      if (
        Object.keys(json).length &&
        !(Array.isArray(json["items"]) && json["items"].length === 0 && Object.keys(json).length === 1)
      )
        out[nav] = json;
    }
    return out;
  }

  /** track() instantiates the object in the next batch (Office.js sends a keep-reference action). */
  track(): this {
    this._tracked = true;
    this._stable = true;
    if (this._resolved) this._onStable();
    else this.context._queueInstantiate(this);
    return this;
  }
  untrack(): this {
    this._tracked = false;
    this._release();
    return this;
  }
}

/** Base of collections: `items` after load, `getCount()`, item proxies built from the resolved list. */
export abstract class SimCollection<T extends SimObject> extends SimObject {
  _items: T[] | undefined;

  get items(): T[] {
    if (this._items === undefined) throw propertyNotLoaded(this._typeName, "items");
    return this._items;
  }

  /** The refs of the items at execution time. */
  abstract _enumerate(ref: unknown): unknown[];
  /** Builds an item proxy with a constant reference. */
  abstract _makeItem(init: ProxyInit): T;

  override _runLoad(paths: string[] | undefined): () => void {
    const ref = this._ensureRef();
    if (ref === null) return () => undefined;
    // The collection's own scalars (e.g. TableRowCollection.count) load on the collection; the rest on items.
    const own = Object.keys(this._props());
    const ownPaths = (paths ?? []).filter((p) => own.includes(p));
    const ownApply = ownPaths.length ? super._runLoad(ownPaths) : undefined;
    const rest = paths?.filter((p) => !own.includes(p));
    if (paths !== undefined && rest !== undefined && rest.length === 0) return () => ownApply?.();
    const itemPaths = rest
      ?.map((p) => p.replace(/^items[/.]/i, ""))
      .filter((p) => p !== "" && p.toLowerCase() !== "items" && p !== "*");
    const refs = this._enumerate(ref);
    const items = refs.map((r, i) =>
      this._makeItem({
        parent: this,
        resolve: () => r,
        statement: `${this._var}.items[${i}]`,
        location: `${this._typeName}.items`,
        stable: true,
      }),
    );
    const appliers = items.map((it) => it._runLoad(itemPaths && itemPaths.length ? itemPaths : undefined));
    return () => {
      ownApply?.();
      appliers.forEach((a) => a());
      this._items = items;
    };
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._invoke("getCount", [], (ref) => this._enumerate(ref).length, { result });
    return result;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: `value` is available after sync. */
export class SimClientResult<T> {
  private _has = false;
  private _value: T | undefined;
  get value(): T {
    if (!this._has) {
      throw new SimOfficeError(
        ErrorCode.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        { errorLocation: "clientResult.value" },
      );
    }
    return this._value as T;
  }
  _set(v: T): void {
    this._value = v;
    this._has = true;
  }
}

export function parseLoadOption(option: unknown): string[] | undefined {
  if (option === undefined || option === null) return undefined;
  if (typeof option === "string") {
    const parts = option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    return parts.length ? parts : undefined;
  }
  if (Array.isArray(option)) return option.map((s) => String(s).trim()).filter(Boolean);
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      const sel = parseLoadOption(o["select"]) ?? [];
      const exp = parseLoadOption(o["expand"]) ?? [];
      return [...sel, ...exp];
    }
    // Strict form: { format: { fill: { color: true } }, values: true }
    const out: string[] = [];
    const walk = (obj: Record<string, unknown>, prefix: string): void => {
      for (const [k, v] of Object.entries(obj)) {
        if (k === "$all" && v === true) {
          out.push(prefix.replace(/\/$/, "") || "*");
          continue;
        }
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(o, "");
    return out;
  }
  throw officeError(ErrorCode.invalidArgument, "load");
}

export function jsonSize(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 0;
  }
}

/** Excel.RequestContext / OfficeExtension.ClientRequestContext. */
export class SimRequestContext {
  readonly _host: SimHost;
  _ops: QueuedOp[] = [];
  private _objects = new Set<SimObject>();
  private _pending: QueuedOp[] = [];
  _delayForCellEdit = false;
  _batchCount = 0;
  readonly trackedObjects = {
    add: (o: SimObject | SimObject[]): void => {
      for (const x of Array.isArray(o) ? o : [o]) x.track();
    },
    remove: (o: SimObject | SimObject[]): void => {
      for (const x of Array.isArray(o) ? o : [o]) x.untrack();
    },
  };
  requestHeaders: Record<string, string> = {};
  private _workbook: SimObject | undefined;
  private _application: SimObject | undefined;
  private _runtime: SimObject | undefined;

  constructor(host: SimHost) {
    this._host = host;
  }

  get workbook(): SimObject {
    this._workbook ??= this._host.factory.workbook(this);
    return this._workbook;
  }
  get application(): SimObject {
    this._application ??= this._host.factory.application(this);
    return this._application;
  }
  get runtime(): SimObject {
    this._runtime ??= this._host.factory.runtime(this);
    return this._runtime;
  }

  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this._pending.map((o) => o.statement) };
  }

  _register(o: SimObject): void {
    this._objects.add(o);
  }

  /** End of Excel.run: auto-tracked objects are released (explicitly tracked ones stay usable). */
  _releaseAll(): void {
    for (const o of this._objects) o._release();
  }

  _queue(op: QueuedOp): void {
    this._pending.push(op);
  }

  _queueInstantiate(o: SimObject): void {
    this._pending.push({
      target: o,
      statement: `var ${o._var} = ${o._init.statement};`,
      location: o._init.location,
      payload: o._init.statement,
      user: false,
      run: () => {
        o._ensureRef();
      },
    });
  }

  load<T extends SimObject>(object: T, option?: unknown): T {
    return object.load(option);
  }

  trace(_message: string): void {
    /* no-op: trace messages are not simulated */
  }

  /** Sends the queued commands. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const ops = this._pending;
    this._pending = [];
    this._batchCount++;
    await this._host.executeBatch(this, ops, this._objects);
    return passThroughValue;
  }

  /** Runs a batch against the host: used by SimHost.executeBatch. */
  _runOps(
    ops: QueuedOp[],
    failAt: { index: number; code: string } | undefined,
    checkResponse?: () => SimOfficeError | undefined,
  ): SimOfficeError | undefined {
    for (const o of this._objects) if (!o._stable) o._resolved = false;
    const appliers: (() => void)[] = [];
    let userIndex = 0;
    let error: SimOfficeError | undefined;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (!op) continue;
      try {
        if (op.user) {
          if (failAt && userIndex === failAt.index) throw officeError(failAt.code, op.location);
          userIndex++;
        }
        const apply = op.run();
        if (apply) appliers.push(apply);
      } catch (e) {
        if (e instanceof SimOfficeError) {
          error = e;
          decorate(e, ops, i);
          break;
        }
        // Simulation limits and simulator bugs fail loudly, never as an Excel error.
        for (const a of appliers) a();
        throw e;
      }
    }
    // An oversized response is rejected as a whole: nothing loaded reaches the proxies.
    const responseError = error ? undefined : checkResponse?.();
    if (responseError) return responseError;
    for (const a of appliers) a();
    return error;
  }
}

function decorate(e: SimOfficeError, ops: QueuedOp[], index: number): void {
  const op = ops[index];
  if (!op) return;
  const statements = ops.map((o) => o.statement);
  const info: SimDebugInfo = e.debugInfo;
  info.statement = info.statement ?? op.statement;
  info.errorLocation = info.errorLocation ?? op.location;
  const start = Math.max(0, index - 5);
  const end = Math.min(statements.length, index + 6);
  const around: string[] = [];
  if (start > 0) around.push("...");
  around.push(
    ...statements.slice(start, index),
    "// >>>>>",
    info.statement,
    "// <<<<<",
    ...statements.slice(index + 1, end),
  );
  if (end < statements.length) around.push("...");
  info.surroundingStatements = around;
  info.fullStatements = ["Please enable config.extendedErrorLogging to see full statements."];
}

export function requireVersion(have: ApiVersion, member: string): boolean {
  return versionAtLeast(have, requiredVersion(member));
}

export { SimulationLimitError };
