/** A cell to write: position in the table body (0-based), value and optional number format. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | boolean;
  readonly numberFormat?: string;
}

/** One rectangular write; `null` leaves a cell as it is (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values). */
export interface RangeWrite {
  readonly row: number;
  readonly column: number;
  readonly values: (string | number | boolean | null)[][];
  /** Present only when some cell in the rectangle needs a format. */
  readonly numberFormats?: (string | null)[][];
}

/**
 * Groups cell writes into few rectangles: consecutive rows merge into one range spanning their changed
 * columns, with `null` for cells that stay. Fewer ranges means fewer proxy objects and a smaller request
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance). `maxCells` caps one rectangle.
 * @example planWrites([{row:0,column:2,value:"x"},{row:1,column:3,value:1}]) → one 2×2 range at (0,2)
 */
export function planWrites(cells: readonly CellWrite[], maxCells = 50_000): RangeWrite[] {
  const byRow = new Map<number, CellWrite[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: RangeWrite[] = [];
  let group: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  const flush = (): void => {
    if (group.length === 0) return;
    const first = group[0] as number;
    const width = hi - lo + 1;
    let formats = false;
    const values = group.map((r) => {
      const line = new Array<string | number | boolean | null>(width).fill(null);
      for (const c of byRow.get(r) ?? []) {
        line[c.column - lo] = c.value;
        if (c.numberFormat !== undefined) formats = true;
      }
      return line;
    });
    const numberFormats = formats
      ? group.map((r) => {
          const line = new Array<string | null>(width).fill(null);
          for (const c of byRow.get(r) ?? [])
            if (c.numberFormat !== undefined) line[c.column - lo] = c.numberFormat;
          return line;
        })
      : undefined;
    out.push(
      numberFormats ? { row: first, column: lo, values, numberFormats } : { row: first, column: lo, values },
    );
    group = [];
    lo = Infinity;
    hi = -Infinity;
  };
  for (const r of rows) {
    const cols = (byRow.get(r) ?? []).map((c) => c.column);
    const nlo = Math.min(lo, ...cols);
    const nhi = Math.max(hi, ...cols);
    const last = group[group.length - 1];
    const contiguous = last !== undefined && r === last + 1;
    if (group.length > 0 && (!contiguous || (group.length + 1) * (nhi - nlo + 1) > maxCells)) flush();
    group.push(r);
    lo = Math.min(lo, ...cols);
    hi = Math.max(hi, ...cols);
  }
  flush();
  return out;
}
