import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { ExcelSimulation } from "../../test/excel-sim";
import { cellAddress } from "../../test/excel-sim/address";
import { GridCell } from "./grid-cell";
import { cellView, listChoices, selectedCell, sheetOf, type CellView, type SheetView } from "./grid-model";
import type { WorkbenchStrings } from "./strings";

/**
 * Beyond this many rows only those in view (and a margin) are drawn. Drawing a row costs about 3 ms once
 * Procsheet's status formats are on (the simulation evaluates each cell's conditional formats through
 * HyperFormula), so a full redraw of a few hundred rows would stall the pane's batches for a second.
 */
export const VIRTUALISE_FROM = 100;
const ROW_HEIGHT = 22;
const OVERSCAN = 10;

interface Editing {
  readonly row: number;
  readonly col: number;
  readonly value: string;
}

type Move = "down" | "right" | "none";

export interface GridProps {
  readonly sim: ExcelSimulation;
  readonly view: SheetView;
  /** Bumped after every change to the workbook, so cells are read again. */
  readonly version: number;
  readonly s: WorkbenchStrings;
  readonly onMessage: (message: string | undefined) => void;
}

/** The body rows to draw: all of them, or a window around the scroll position on a long sheet. */
function windowOf(view: SheetView, scrollTop: number, height: number) {
  const body = view.rows.slice(view.frozen);
  if (view.rows.length <= VIRTUALISE_FROM) return { body, before: 0, after: 0 };
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(body.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return { body: body.slice(first, last), before: first, after: body.length - last };
}

function cellAt(e: MouseEvent): { row: number; col: number } | undefined {
  const td = (e.target as HTMLElement).closest<HTMLElement>("td[data-row]");
  if (!td) return undefined;
  return { row: Number(td.dataset["row"]), col: Number(td.dataset["col"]) };
}

/**
 * The active sheet as a keyboard-usable grid. A click or the arrow keys select a cell (`user.select`, so
 * the pane's live row follows); double-click, Enter, F2 or typing edits it, and Enter commits through
 * `setCellByUser`, like a person typing (list validation applies and change events fire).
 */
export function Grid({ sim, view, version, s, onMessage }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusSelected = useRef(false);
  const editRef = useRef<Editing | undefined>(undefined);
  const [editing, setEditingState] = useState<Editing | undefined>();
  const [scroll, setScroll] = useState({ top: 0, height: 800 });
  const sheet = sheetOf(sim, view.name);
  const selected = selectedCell(sim, view.name);
  const { body, before, after } = windowOf(view, scroll.top, scroll.height);
  const windowKey = `${before}:${body.length}`;

  // Rows read at this workbook version; scrolling reads only the rows that come into view.
  const cache = useRef({ version: -1, view, rows: new Map<number, CellView[]>() });
  const cells = useMemo(() => {
    if (cache.current.version !== version || cache.current.view !== view)
      cache.current = { version, view, rows: new Map() };
    const rows = cache.current.rows;
    if (!sheet) return rows;
    const drawn = [...view.rows.slice(0, view.frozen), ...windowOf(view, scroll.top, scroll.height).body];
    for (const r of drawn)
      if (!rows.has(r))
        rows.set(
          r,
          view.columns.map((c) => cellView(sim, sheet, r, c.index)),
        );
    return new Map(rows);
    // `version` stands for every change to the workbook the cells are read from; `windowKey` for scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sim, sheet, view, windowKey, version]);

  useEffect(() => {
    if (!focusSelected.current || !selected || editing) return;
    focusSelected.current = false;
    scroller.current
      ?.querySelector<HTMLElement>(`td[data-row="${selected.row}"][data-col="${selected.col}"]`)
      ?.focus();
  });

  const setEditing = (next: Editing | undefined) => {
    editRef.current = next;
    setEditingState(next);
  };

  const select = (row: number, col: number, keyboard: boolean) => {
    focusSelected.current = keyboard;
    sim.user.select(view.name, cellAddress(row, col));
    onMessage(undefined);
  };

  const step = (row: number, col: number, dRow: number, dCol: number) => {
    const i = view.rows.indexOf(row);
    const nextRow = view.rows[Math.min(view.rows.length - 1, Math.max(0, i + dRow))] ?? row;
    select(nextRow, Math.min(view.columns.length - 1, Math.max(0, col + dCol)), true);
  };

  /** Types `edit.value` into its cell; false (and a message) when Excel refuses it. */
  const write = (edit: Editing): boolean => {
    const address = cellAddress(edit.row, edit.col);
    try {
      const accepted = sim.setCellByUser(view.name, address, edit.value);
      onMessage(accepted ? undefined : s.say("workbench.refused", { value: edit.value, address }));
      return accepted;
    } catch (e) {
      onMessage(s.say("workbench.failed", { address, message: e instanceof Error ? e.message : String(e) }));
      return false;
    }
  };

  // Enter, Tab, Esc and leaving the editor all end an edit; only the first of them counts. A refused
  // entry keeps the selection where it is, so the message stays next to the cell it is about.
  const endEdit = (commit: boolean, move: Move, refocus: boolean) => {
    const edit = editRef.current;
    if (!edit) return;
    setEditing(undefined);
    const accepted = commit ? write(edit) : true;
    focusSelected.current = refocus;
    if (accepted && move !== "none")
      step(edit.row, edit.col, move === "down" ? 1 : 0, move === "right" ? 1 : 0);
  };

  // The editor starts from what the cell holds: its formula, or its value as shown (a date as a date).
  const formulaAt = (row: number, col: number): string => {
    if (!sheet) return "";
    const formula = sim.model.getCell(sheet, row, col)?.formula;
    return formula ?? sim.model.readText(sheet, row, col);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editRef.current) return;
    // The selection may be on another sheet (the pane activated this one): start from the focused cell.
    const td = (e.target as HTMLElement).closest<HTMLElement>("td[data-row]");
    const current =
      selected ?? (td ? { row: Number(td.dataset["row"]), col: Number(td.dataset["col"]) } : undefined);
    if (!current) return;
    const moves: Record<string, readonly [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      step(current.row, current.col, move[0], move[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({ ...current, value: formulaAt(current.row, current.col) });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      write({ ...current, value: "" });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing over a cell replaces its content, as in Excel.
      e.preventDefault();
      setEditing({ ...current, value: e.key });
    }
  };

  // The cell Tab reaches: the selected one, or the sheet's first while the selection is elsewhere.
  const tabStop = selected ?? { row: view.rows[0] ?? 0, col: 0 };
  const row = (r: number) => (
    <tr key={r} role="row" aria-rowindex={r + 2} style={{ height: ROW_HEIGHT }}>
      <th role="rowheader" scope="row" className={selected?.row === r ? "row-header current" : "row-header"}>
        {r + 1}
      </th>
      {(cells.get(r) ?? []).map((cell, c) => {
        const isEditing = editing?.row === r && editing.col === c;
        return (
          <GridCell
            key={c}
            cell={cell}
            row={r}
            col={c}
            selected={selected?.row === r && selected.col === c}
            tabStop={tabStop.row === r && tabStop.col === c}
            {...(isEditing ? { editing: editing.value } : {})}
            choices={isEditing ? listChoices(sim, view.name, r, c) : []}
            filteredLabel={s.filtered}
            onEditChange={(value) => setEditing({ row: r, col: c, value })}
            onEditEnd={endEdit}
          />
        );
      })}
    </tr>
  );

  return (
    <div
      ref={scroller}
      className="grid-scroll"
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      onKeyDown={onKeyDown}
    >
      <table
        role="grid"
        aria-label={s.say("workbench.sheetGrid", { sheet: view.name })}
        aria-rowcount={(view.rows[view.rows.length - 1] ?? 0) + 2}
        className="grid"
        data-testid="grid"
        data-version={version}
        onClick={(e) => {
          const at = cellAt(e);
          if (at && !(editing?.row === at.row && editing.col === at.col)) select(at.row, at.col, false);
        }}
        onDoubleClick={(e) => {
          const at = cellAt(e);
          if (at && !editRef.current) setEditing({ ...at, value: formulaAt(at.row, at.col) });
        }}
      >
        <colgroup>
          <col style={{ width: 44 }} />
          {view.columns.map((c) => (
            <col key={c.index} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th className="corner" aria-hidden="true" />
            {view.columns.map((c) => (
              <th
                key={c.index}
                role="columnheader"
                scope="col"
                className={selected?.col === c.index ? "column-header current" : "column-header"}
              >
                {c.letter}
              </th>
            ))}
          </tr>
          {view.rows.slice(0, view.frozen).map(row)}
        </thead>
        <tbody>
          {before > 0 && <tr style={{ height: before * ROW_HEIGHT }} aria-hidden="true" />}
          {body.map(row)}
          {after > 0 && <tr style={{ height: after * ROW_HEIGHT }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}
