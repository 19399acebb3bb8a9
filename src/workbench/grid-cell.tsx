import { memo, useId, type CSSProperties } from "react";
import type { CellView } from "./grid-model";

export interface GridCellProps {
  readonly cell: CellView;
  readonly row: number;
  readonly col: number;
  readonly selected: boolean;
  /** The one cell of the grid that Tab reaches (roving tabindex). */
  readonly tabStop: boolean;
  /** The text being typed into this cell, when it is being edited. */
  readonly editing?: string;
  /**
   * The selected cell holds a (transparent) input while it is not edited, so that the first keystroke,
   * an IME's composition included, lands in the very input that then becomes the editor.
   */
  readonly typeTarget: boolean;
  readonly choices: readonly string[];
  readonly filteredLabel: string;
  /** Typing started in the selected cell: `value` is what the input holds so far. */
  readonly onType: (value: string) => void;
  readonly onEditChange: (value: string) => void;
  /** `refocus`: give the keyboard back to the grid (Enter, Tab, Esc) rather than leave it where it went. */
  readonly onEditEnd: (commit: boolean, move: "down" | "right" | "none", refocus: boolean) => void;
}

function styleOf(cell: CellView): CSSProperties {
  const style: CSSProperties = { textAlign: cell.align };
  if (cell.fill) style.background = cell.fill;
  if (cell.color) style.color = cell.color;
  if (cell.bold !== undefined) style.fontWeight = cell.bold ? 700 : 400;
  if (cell.italic) style.fontStyle = "italic";
  return style;
}

function sameCell(a: CellView, b: CellView): boolean {
  return (
    a.text === b.text &&
    a.align === b.align &&
    a.fill === b.fill &&
    a.color === b.color &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.part === b.part &&
    a.filter === b.filter &&
    a.problem === b.problem &&
    a.bar?.fraction === b.bar?.fraction &&
    a.bar?.color === b.bar?.color
  );
}

/** Redraw a cell only when what it shows changed (the grid reads every cell again after each batch). */
function sameProps(a: GridCellProps, b: GridCellProps): boolean {
  return (
    sameCell(a.cell, b.cell) &&
    a.row === b.row &&
    a.col === b.col &&
    a.selected === b.selected &&
    a.tabStop === b.tabStop &&
    a.editing === b.editing &&
    a.typeTarget === b.typeTarget &&
    a.choices.length === b.choices.length &&
    a.filteredLabel === b.filteredLabel &&
    // Only the selected or edited cell calls back; it must hold the grid's latest handlers.
    ((b.editing === undefined && !b.typeTarget) ||
      (a.onEditEnd === b.onEditEnd && a.onEditChange === b.onEditChange && a.onType === b.onType))
  );
}

/** One cell: its text over its fill (and data bar), or the editor while it is being typed into. */
export const GridCell = memo(function GridCell({
  cell,
  row,
  col,
  selected,
  tabStop,
  editing,
  typeTarget,
  choices,
  filteredLabel,
  onType,
  onEditChange,
  onEditEnd,
}: GridCellProps) {
  const listId = useId();
  const className = [
    "cell",
    `part-${cell.part}`,
    selected ? "selected" : "",
    cell.problem ? "problem" : "",
    editing !== undefined ? "editing" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const input = editing !== undefined || typeTarget;
  return (
    <td
      role="gridcell"
      className={className}
      style={styleOf(cell)}
      data-address={cell.address}
      data-row={row}
      data-col={col}
      aria-selected={selected}
      // The input is the tab stop while there is one: a single stop, and the keyboard lands where typing goes.
      tabIndex={tabStop && !input ? 0 : -1}
      title={cell.problem ?? (cell.text.length > 12 ? cell.text : undefined)}
    >
      {/* First child in both modes: React keeps this input when typing turns it into the editor. */}
      {input && (
        <input
          className={editing !== undefined ? "cell-editor" : "cell-editor cell-typing"}
          // While only selected, a screen reader hears the cell and what it shows; the editor is the address.
          aria-label={editing === undefined && cell.text ? `${cell.address} ${cell.text}` : cell.address}
          value={editing ?? ""}
          tabIndex={tabStop ? 0 : -1}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to what the person just opened (the cell editor, opened by Enter, F2 or a double click)
          autoFocus={editing !== undefined}
          {...(choices.length > 0 ? { list: listId } : {})}
          onChange={(e) => (editing === undefined ? onType(e.target.value) : onEditChange(e.target.value))}
          // An IME's composition starts the edit at once, so its Enter (choosing a candidate) is the
          // editor's and the composed text is neither lost nor typed twice.
          onCompositionStart={(e) => {
            if (editing === undefined) onType(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (editing === undefined) return; // the grid handles keys while the cell is only selected
            e.stopPropagation();
            if (e.nativeEvent.isComposing || e.keyCode === 229) return;
            if (e.key === "Enter") onEditEnd(true, "down", true);
            else if (e.key === "Tab") {
              e.preventDefault();
              onEditEnd(true, "right", true);
            } else if (e.key === "Escape") onEditEnd(false, "none", true);
          }}
          onBlur={() => {
            if (editing !== undefined) onEditEnd(true, "none", false);
          }}
        />
      )}
      {editing !== undefined ? (
        choices.length > 0 && (
          <datalist id={listId}>
            {choices.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        )
      ) : (
        <>
          {cell.bar && (
            <span
              className="data-bar"
              aria-hidden="true"
              style={{
                width: `${Math.round(cell.bar.fraction * 100)}%`,
                background: `linear-gradient(90deg, ${cell.bar.color}, ${cell.bar.color}33)`,
              }}
            />
          )}
          <span className="cell-text">{cell.problem ? "⚠" : cell.text}</span>
          {cell.filter && (
            <span
              className={`filter-button ${cell.filter}`}
              {...(cell.filter === "filtered"
                ? { "aria-label": filteredLabel, role: "img" }
                : { "aria-hidden": true })}
            >
              {cell.filter === "filtered" ? "⏷" : "▾"}
            </span>
          )}
        </>
      )}
    </td>
  );
}, sameProps);
