/**
 * OfficeExtension.EventHandlers: `add` registers at the next sync (and fails there with ApiNotFound when
 * the host's ExcelApi lacks the event); `remove` on the returned EventHandlerResult unregisters at sync.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#register-an-event-handler
 */
import type { EventKind, Handler, Registration } from "./events";
import { SimObject } from "./request-context";
import type { ProxyInit, SimRequestContext } from "./request-context";

export class EventHandlerResultProxy {
  readonly context: SimRequestContext;
  private readonly owner: EventHandlersProxy;
  _reg: Registration | undefined;
  constructor(owner: EventHandlersProxy) {
    this.owner = owner;
    this.context = owner.context;
  }
  remove(): void {
    this.owner._invoke(
      "remove",
      [],
      () => {
        if (this._reg) this.owner._host.events.remove(this._reg);
      },
      { allowNull: true },
    );
  }
}

export class EventHandlersProxy extends SimObject {
  override get _typeName(): string {
    return "EventHandlers";
  }
  private readonly kind: EventKind;
  private readonly scope: (ref: unknown) => string;
  private readonly eventMember: string;

  constructor(
    context: SimRequestContext,
    init: ProxyInit,
    kind: EventKind,
    scope: (ref: unknown) => string,
    member: string,
  ) {
    super(context, init);
    this.kind = kind;
    this.scope = scope;
    this.eventMember = member;
  }

  add(handler: Handler): EventHandlerResultProxy {
    const result = new EventHandlerResultProxy(this);
    this._invoke(
      "add",
      ["handler"],
      (ref) => {
        result._reg = this._host.events.register(this.kind, this.scope(ref), handler);
      },
      { member: this.eventMember },
    );
    return result;
  }

  remove(_handler: Handler): void {
    throw new Error("excel-sim: use the EventHandlerResult returned by add() to remove a handler");
  }
}
