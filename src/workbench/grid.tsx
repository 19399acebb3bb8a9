import {
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
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
 * the pane's live row follows); typing replaces it (an IME's composition too: the selected cell holds the
 * input that becomes the editor), double-click, Enter or F2 edits it; Enter commits through
 * `setCellByUser`, like a person typing (list validation applies, change events fire, and a row typed
 * under a table joins it with the table's formats), and moves down, Tab moves right, Esc cancels.
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

  // Before the browser hands over the next keystroke: it must reach the newly selected cell's input.
  useLayoutEffect(() => {
    if (!focusSelected.current || !selected || editing) return;
    focusSelected.current = false;
    const td = scroller.current?.querySelector<HTMLElement>(
      `td[data-row="${selected.row}"][data-col="${selected.col}"]`,
    );
    // The keyboard goes to the cell's typing input, so that the next keystroke starts the edit.
    (td?.querySelector<HTMLElement>("input") ?? td)?.focus();
  });

  const setEditing = (next: Editing | undefined) => {
    editRef.current = next;
    setEditingState(next);
  };

  // The workbook's redraw waits for an animation frame; the grid's own selection must not, or a key
  // typed right after a click would land in the cell selected before it.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const select = (row: number, col: number) => {
    focusSelected.current = true;
    sim.user.select(view.name, cellAddress(row, col));
    redraw();
    onMessage(undefined);
  };

  const step = (row: number, col: number, dRow: number, dCol: number) => {
    const i = view.rows.indexOf(row);
    const nextRow = view.rows[Math.min(view.rows.length - 1, Math.max(0, i + dRow))] ?? row;
    select(nextRow, Math.min(view.columns.length - 1, Math.max(0, col + dCol)));
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

  /** The first keystroke (or the start of a composition) in the selected cell's input. */
  const onType = (value: string) => {
    const at = selectedCell(sim, view.name);
    if (!at || editRef.current) return;
    setEditing({ row: at.row, col: at.col, value });
    onMessage(undefined);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // An IME is composing: its keys are the composition's (the input sees them), never the grid's.
    if (editRef.current || e.nativeEvent.isComposing || e.keyCode === 229) return;
    // The selection may be on another sheet (the pane activated this one): start from the focused cell.
    const td = (e.target as HTMLElement).closest<HTMLElement>("td[data-row]");
    const current =
      selectedCell(sim, view.name) ??
      (td ? { row: Number(td.dataset["row"]), col: Number(td.dataset["col"]) } : undefined);
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
      // Typing over a cell replaces its content, as in Excel. In the selected cell's input the browser
      // types the character itself (onType); a focused cell without one starts the editor with it.
      if (e.target instanceof HTMLInputElement) return;
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
            typeTarget={!isEditing && editing === undefined && selected?.row === r && selected.col === c}
            choices={isEditing ? listChoices(sim, view.name, r, c) : []}
            filteredLabel={s.filtered}
            onType={onType}
            onEditChange={(value) => setEditing({ row: r, col: c, value })}
            onEditEnd={endEdit}
          />
        );
      })}
    </tr>
  );

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys pressed in the grid's cells bubble here; the scroller takes no focus
    <div
      ref={scroller}
      className="grid-scroll"
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      onKeyDown={onKeyDown}
    >
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keyboard moves the selection through the scroller's onKeyDown, as Excel does */}
      <table
        role="grid"
        aria-label={s.say("workbench.sheetGrid", { sheet: view.name })}
        aria-rowcount={(view.rows[view.rows.length - 1] ?? 0) + 2}
        className="grid"
        data-testid="grid"
        data-version={version}
        onClick={(e) => {
          const at = cellAt(e);
          if (at && !(editing?.row === at.row && editing.col === at.col)) select(at.row, at.col);
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
