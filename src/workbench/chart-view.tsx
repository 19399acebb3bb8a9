import type { ReactElement } from "react";
import type { ChartData, SeriesData } from "./chart-data";
import type { WorkbenchStrings } from "./strings";

/** Office's default series colours, in order. */
const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"];
const W = 440;
const H = 250;
const M = { left: 52, right: 14, top: 12, bottom: 40 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? "#4472C4";
const isScatter = (type: string): boolean => type.toLowerCase().startsWith("xyscatter");
const isLine = (type: string): boolean => /^line/i.test(type);

function compact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${+(n / 1e3).toFixed(0)}k`;
  return `${+n.toFixed(2)}`;
}

/** A step of 1, 2, 2.5 or 5 × 10ⁿ that splits `span` into about four ticks. */
function niceStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

/** The top of the value axis: the data's maximum rounded up to a whole tick. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = niceStep(max);
  return Math.ceil(max / step - 1e-9) * step;
}

function extent(values: readonly (number | null)[]): [number, number] {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length ? [Math.min(...nums), Math.max(...nums)] : [0, 0];
}

/** Stacked totals per category for an AreaStacked chart. */
function stackedTops(series: readonly SeriesData[]): number[][] {
  const tops: number[][] = [];
  series.forEach((s, i) => {
    tops.push(s.values.map((v, j) => (v ?? 0) + (i > 0 ? (tops[i - 1]?.[j] ?? 0) : 0)));
  });
  return tops;
}

function YAxis({ min, max }: { readonly min: number; readonly max: number }) {
  const step = niceStep(max - min || 1);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step / 1e6; t += step) ticks.push(t);
  const y = (v: number) => M.top + PLOT_H - ((v - min) / (max - min || 1)) * PLOT_H;
  return (
    <g className="chart-axis">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e1e1e1" />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end">
            {compact(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

function XLabels({ labels }: { readonly labels: readonly { readonly x: number; readonly text: string }[] }) {
  return (
    <g className="chart-axis">
      {labels.map((l, i) => (
        <text key={i} x={l.x} y={H - M.bottom + 16} textAnchor="middle">
          {l.text.length > 12 ? `${l.text.slice(0, 11)}…` : l.text}
        </text>
      ))}
    </g>
  );
}

/** Every n-th label, so at most `most` are drawn. */
function thin<T>(items: readonly T[], most: number): T[] {
  const every = Math.max(1, Math.ceil(items.length / most));
  return items.filter((_, i) => i % every === 0);
}

function ScatterPlot({ series }: { readonly series: readonly SeriesData[] }) {
  const xs = series.flatMap((s) => s.x);
  const [x0, x1] = extent(xs);
  const [yMin, yMax] = extent(series.flatMap((s) => s.values));
  const lo = Math.min(0, yMin);
  const hi = niceMax(yMax);
  const sx = (v: number) => M.left + ((v - x0) / (x1 - x0 || 1)) * PLOT_W;
  const sy = (v: number) => M.top + PLOT_H - ((v - lo) / (hi - lo || 1)) * PLOT_H;
  const first = series.find((s) => s.x.length > 0);
  const labelAt = (target: number) => {
    const i = first?.x.findIndex((v) => v === target) ?? -1;
    return i >= 0 ? (first?.xText[i] ?? compact(target)) : compact(target);
  };
  const marks: ReactElement[] = [];
  series.forEach((s, i) => {
    const pts = s.values
      .map((v, j) => ({ v, x: s.x[j] ?? null }))
      .filter((p): p is { v: number; x: number } => p.v !== null && p.x !== null);
    if (/lines/i.test(s.chartType))
      marks.push(
        <polyline
          key={`l${i}`}
          fill="none"
          stroke={colour(i)}
          strokeWidth={2}
          strokeDasharray={i > 0 ? "5 3" : undefined}
          points={pts.map((p) => `${sx(p.x)},${sy(p.v)}`).join(" ")}
        />,
      );
    else
      pts.forEach((p, j) =>
        marks.push(
          <circle key={`c${i}-${j}`} cx={sx(p.x)} cy={sy(p.v)} r={3} fill={colour(i)} opacity={0.8} />,
        ),
      );
  });
  return (
    <>
      <YAxis min={lo} max={hi} />
      {marks}
      <XLabels
        labels={[
          { x: M.left + 20, text: labelAt(x0) },
          { x: W - M.right - 20, text: labelAt(x1) },
        ]}
      />
    </>
  );
}

function CategoryPlot({ series, type }: { readonly series: readonly SeriesData[]; readonly type: string }) {
  const stacked = /stacked/i.test(type);
  const area = /area/i.test(type);
  const categories = series[0]?.xText ?? [];
  const n = Math.max(1, categories.length);
  const tops = stacked ? stackedTops(series) : series.map((s) => s.values.map((v) => v ?? 0));
  const [yMin] = extent(series.flatMap((s) => s.values));
  const lo = Math.min(0, yMin);
  const hi = niceMax(Math.max(0, ...tops.flat()));
  const sy = (v: number) => M.top + PLOT_H - ((v - lo) / (hi - lo || 1)) * PLOT_H;
  const band = PLOT_W / n;
  const cx = (j: number) => M.left + band * (j + 0.5);
  const marks: ReactElement[] = [];
  if (area) {
    // Drawn top series first so each lower band stays visible.
    for (let i = series.length - 1; i >= 0; i--) {
      const top = tops[i] ?? [];
      const below = i > 0 ? (tops[i - 1] ?? []) : top.map(() => 0);
      const upper = top.map((v, j) => `${cx(j)},${sy(v)}`);
      const lower = below.map((v, j) => `${cx(j)},${sy(v)}`).reverse();
      marks.push(<polygon key={i} points={[...upper, ...lower].join(" ")} fill={colour(i)} opacity={0.85} />);
    }
  } else if (isLine(type)) {
    series.forEach((s, i) =>
      marks.push(
        <polyline
          key={i}
          fill="none"
          stroke={colour(i)}
          strokeWidth={2}
          points={s.values.map((v, j) => `${cx(j)},${sy(v ?? 0)}`).join(" ")}
        />,
      ),
    );
  } else {
    const barW = (band * 0.7) / Math.max(1, series.length);
    series.forEach((s, i) =>
      s.values.forEach((v, j) => {
        if (v === null) return;
        const x = M.left + band * j + band * 0.15 + barW * i;
        const y = sy(Math.max(0, v));
        marks.push(
          <rect
            key={`${i}-${j}`}
            x={x}
            y={y}
            width={Math.max(1, barW - 1)}
            height={Math.abs(sy(v) - sy(0))}
            fill={colour(i)}
          />,
        );
      }),
    );
  }
  const labels = thin(
    categories.map((text, j) => ({ x: cx(j), text })),
    7,
  );
  return (
    <>
      <YAxis min={lo} max={hi} />
      {marks}
      <XLabels labels={labels} />
    </>
  );
}

/** One chart of the simulated workbook, drawn small from its series, with its title and legend. */
export function ChartView({ chart, s }: { readonly chart: ChartData; readonly s: WorkbenchStrings }) {
  const title = chart.title || s.untitled;
  const empty = chart.series.every((x) => x.values.every((v) => v === null));
  return (
    <figure className="chart" aria-label={s.say("workbench.chartLabel", { title })} data-testid="chart">
      <figcaption className="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title}>
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} stroke="#8a8a8a" />
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#8a8a8a" />
        {empty ? (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="chart-axis">
            {s.noData}
          </text>
        ) : isScatter(chart.type) ? (
          <ScatterPlot series={chart.series} />
        ) : (
          <CategoryPlot series={chart.series} type={chart.type} />
        )}
        {chart.xTitle && (
          <text x={M.left + PLOT_W / 2} y={H - 6} textAnchor="middle" className="chart-axis-title">
            {chart.xTitle}
          </text>
        )}
        {chart.yTitle && (
          <text
            transform={`translate(12 ${M.top + PLOT_H / 2}) rotate(-90)`}
            textAnchor="middle"
            className="chart-axis-title"
          >
            {chart.yTitle}
          </text>
        )}
      </svg>
      {chart.legend && chart.series.length > 0 && (
        <ul className="chart-legend">
          {chart.series.map((x, i) => (
            <li key={i}>
              <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />
              {x.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
