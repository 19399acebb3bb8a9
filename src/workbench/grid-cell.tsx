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
  readonly choices: readonly string[];
  readonly filteredLabel: string;
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
    a.choices.length === b.choices.length &&
    a.filteredLabel === b.filteredLabel &&
    // Only the cell being edited calls back; it must hold the grid's latest handlers.
    (b.editing === undefined || (a.onEditEnd === b.onEditEnd && a.onEditChange === b.onEditChange))
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
  choices,
  filteredLabel,
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
  return (
    <td
      role="gridcell"
      className={className}
      style={styleOf(cell)}
      data-address={cell.address}
      data-row={row}
      data-col={col}
      aria-selected={selected}
      tabIndex={tabStop ? 0 : -1}
      title={cell.problem ?? (cell.text.length > 12 ? cell.text : undefined)}
    >
      {editing !== undefined ? (
        <>
          <input
            className="cell-editor"
            aria-label={cell.address}
            value={editing}
            autoFocus
            {...(choices.length > 0 ? { list: listId } : {})}
            onChange={(e) => onEditChange(e.target.value)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === "Enter") onEditEnd(true, "down", true);
              else if (e.key === "Tab") {
                e.preventDefault();
                onEditEnd(true, "right", true);
              } else if (e.key === "Escape") onEditEnd(false, "none", true);
            }}
            onBlur={() => onEditEnd(true, "none", false)}
          />
          {choices.length > 0 && (
            <datalist id={listId}>
              {choices.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          )}
        </>
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
