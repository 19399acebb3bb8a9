/**
 * Events: registration (handlers are added at sync and do not persist), and delivery of
 * WorksheetChanged / TableChanged after the batch or user/co-author action that changed cells.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
 * https://learn.microsoft.com/javascript/api/excel/excel.tablechangedeventargs
 * - `details` (ExcelApi 1.9) only when a single cell changed; absent for multi-cell edits
 *   (office-js#5347, #3888 and the WorksheetChangedEventArgs.details remarks).
 * - `triggerSource` (ExcelApi 1.14): "ThisLocalAddin" for this add-in's writes, "Others" otherwise.
 * - `source`: "Local" or "Remote" (co-authors).
 */
import { formatLocal, intersect } from "./address";
import type { RangeRef } from "./model/workbook-model";
import type { ChangeRecord } from "./model/workbook-model";
import type { WorkbookModel } from "./model/workbook-model";
import { versionAtLeast } from "./requirement-sets";
import type { ApiVersion } from "./requirement-sets";

export type EventKind = "WorksheetChanged" | "TableChanged" | "TableSelectionChanged";
export type Handler = (args: Record<string, unknown>) => unknown;

export interface Registration {
  id: number;
  kind: EventKind;
  /** sheet id, table id, "*" (all sheets / all tables), or "sheet-tables:<sheetId>" */
  scope: string;
  handler: Handler;
  removed?: boolean;
}

export interface EmitContext {
  source: "Local" | "Remote";
  triggerSource: "ThisLocalAddin" | "Others";
}

export class EventHub {
  private regs: Registration[] = [];
  private nextId = 1;
  private chain: Promise<void> = Promise.resolve();
  enabled = true;
  /** Errors thrown by handlers (Excel swallows them; tests can inspect). */
  handlerErrors: unknown[] = [];
  delivered = 0;
  /**
   * Runs one handler. A co-authoring client wraps it so the handler runs as that client (its Excel.run
   * goes to its own replica: coauthoring.ts); alone, a handler just runs.
   */
  runHandler: (handler: () => unknown) => unknown = (handler) => handler();

  register(kind: EventKind, scope: string, handler: Handler): Registration {
    const r: Registration = { id: this.nextId++, kind, scope, handler };
    this.regs.push(r);
    return r;
  }

  remove(reg: Registration): void {
    reg.removed = true;
    this.regs = this.regs.filter((r) => r !== reg);
  }

  count(): number {
    return this.regs.length;
  }

  clear(): void {
    this.regs = [];
  }

  /** Turns change records into event deliveries (asynchronously, in order). */
  emit(
    model: WorkbookModel,
    changes: ChangeRecord[],
    ctx: EmitContext,
    version: ApiVersion,
    getRange: (ctx: unknown, sheetId: string, address: string) => unknown,
  ): void {
    if (!this.enabled || changes.length === 0 || this.regs.length === 0) return;
    const deliveries: { handler: Handler; args: Record<string, unknown> }[] = [];
    for (const ch of changes) {
      const sheet = model.sheetById(ch.sheetId);
      if (!sheet) continue;
      const base = (address: string): Record<string, unknown> => {
        const args: Record<string, unknown> = {
          address,
          changeType: ch.changeType,
          source: ctx.source,
          worksheetId: ch.sheetId,
        };
        if (versionAtLeast(version, "1.9") && ch.details && ch.changeType === "RangeEdited")
          args["details"] = { ...ch.details };
        if (versionAtLeast(version, "1.14")) args["triggerSource"] = ctx.triggerSource;
        if (versionAtLeast(version, "1.8")) {
          // getRange(ctx) returns a range proxy in the caller's request context.
          args["getRange"] = (ctx?: unknown) => getRange(ctx, ch.sheetId, address);
          args["getRangeOrNullObject"] = (ctx?: unknown) => getRange(ctx, ch.sheetId, address);
        }
        return args;
      };
      for (const r of this.regs) {
        if (r.kind === "WorksheetChanged" && (r.scope === ch.sheetId || r.scope === "*")) {
          deliveries.push({
            handler: r.handler,
            args: { ...base(formatLocal(ch.rect)), type: "WorksheetChanged" },
          });
        }
      }
      for (const t of model.tablesOn(sheet)) {
        const x = intersect(t.rect, ch.rect);
        if (!x) continue;
        for (const r of this.regs) {
          if (
            r.kind === "TableChanged" &&
            (r.scope === t.id || r.scope === "*" || r.scope === `sheet-tables:${sheet.id}`)
          ) {
            deliveries.push({
              handler: r.handler,
              args: { ...base(formatLocal(x)), type: "TableChanged", tableId: t.id },
            });
          }
        }
      }
    }
    this.deliver(deliveries);
  }

  /**
   * Table.onSelectionChanged (ExcelApi 1.7) for a person moving the selection: each table the new selection
   * touches gets the selected part of it with `isInsideTable` true; a table the selection has just left gets
   * `isInsideTable` false and an empty address.
   * https://learn.microsoft.com/javascript/api/excel/excel.tableselectionchangedeventargs
   */
  emitSelection(model: WorkbookModel, previous: RangeRef | undefined, next: RangeRef): void {
    if (!this.enabled || this.regs.length === 0) return;
    const deliveries: { handler: Handler; args: Record<string, unknown> }[] = [];
    for (const t of model.tables) {
      const now = t.sheetId === next.sheetId ? intersect(t.rect, next.rect) : undefined;
      const before =
        previous && t.sheetId === previous.sheetId ? intersect(t.rect, previous.rect) : undefined;
      if (!now && !before) continue;
      for (const r of this.regs) {
        if (r.kind !== "TableSelectionChanged" || r.scope !== t.id) continue;
        deliveries.push({
          handler: r.handler,
          args: {
            type: "TableSelectionChanged",
            tableId: t.id,
            worksheetId: t.sheetId,
            address: now ? formatLocal(now) : "",
            isInsideTable: now !== undefined,
          },
        });
      }
    }
    this.deliver(deliveries);
  }

  private deliver(deliveries: readonly { handler: Handler; args: Record<string, unknown> }[]): void {
    for (const d of deliveries) {
      this.chain = this.chain.then(async () => {
        try {
          this.delivered++;
          await this.runHandler(() => d.handler(d.args));
        } catch (e) {
          this.handlerErrors.push(e);
        }
      });
    }
  }

  /** Resolves when every event delivered so far has been handled. */
  async settle(): Promise<void> {
    let last: Promise<void> | undefined;
    while (last !== this.chain) {
      last = this.chain;
      await last;
      await new Promise<void>((r) => setTimeout(r, 0));
    }
  }
}
