import { mergeStyleSets, useTheme } from "@fluentui/react";
import { useMemo, useRef } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import { flowGraph } from "../../workbook/map/flow-graph";
import { layoutFlow, PANE_METRICS, type EdgeLayout } from "../../workbook/map/flow-layout";
import { useStrings } from "../i18n/use-strings";
import { useFlowWords } from "./use-flow-words";
import { useWidth } from "./use-width";

const ARROW = 5;

function arrowHead(e: EdgeLayout): string {
  const [tip, before] = [e.points.at(-1), e.points.at(-2)];
  if (!tip || !before) return "";
  const [x, y] = tip;
  if (before[0] === x) return `M${x - ARROW},${y - ARROW * 1.6}L${x},${y}L${x + ARROW},${y - ARROW * 1.6}Z`;
  const dir = before[0] < x ? -1 : 1;
  return `M${x + dir * ARROW * 1.6},${y - ARROW}L${x},${y}L${x + dir * ARROW * 1.6},${y + ARROW}Z`;
}

export interface FlowDrawingProps {
  readonly definition: ProcessDefinition;
  /** A box was clicked: open that step's editor. */
  readonly onOpen?: (stepId: string) => void;
}

/**
 * The process drawn as a flow, top-down, as wide as the pane. It is a picture for the eye: screen readers
 * and the keyboard use the list of steps below it, which says the same (so it is aria-hidden).
 */
export function FlowDrawing({ definition, onOpen }: FlowDrawingProps) {
  const { lang } = useStrings();
  const words = useFlowWords();
  const theme = useTheme();
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame, 310);
  const layout = useMemo(
    () => layoutFlow(flowGraph(definition, lang, words), width, PANE_METRICS),
    [definition, lang, words, width],
  );
  const c = theme.semanticColors;
  const css = useMemo(
    () =>
      mergeStyleSets({
        frame: { width: "100%", overflowX: "auto" },
        step: {
          cursor: onOpen ? "pointer" : "default",
          selectors: { ":hover rect": { stroke: c.focusBorder } },
        },
      }),
    [c.focusBorder, onOpen],
  );
  return (
    <div ref={frame} className={css.frame} data-testid="flow-drawing">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        aria-hidden="true"
        focusable="false"
        style={{ display: "block", fontFamily: "inherit" }}
      >
        {layout.edges.map((e, i) => (
          <g key={`e${i}`} data-edge={`${e.from}->${e.to}`}>
            <polyline
              points={e.points.map((p) => p.join(",")).join(" ")}
              fill="none"
              stroke={c.bodySubtext}
              strokeWidth={1.25}
            />
            <path d={arrowHead(e)} fill={c.bodySubtext} />
          </g>
        ))}
        {layout.edges.map((e, i) =>
          e.labelLine ? (
            <text
              key={`l${i}`}
              x={e.labelLine.x}
              y={e.labelLine.y}
              fontSize={e.labelLine.size}
              fill={c.bodyText}
              data-label={`${e.from}->${e.to}`}
            >
              <title>{e.label}</title>
              {e.labelLine.text}
            </text>
          ) : null,
        )}
        {layout.boxes.map((b) => (
          <g
            key={b.id}
            className={b.kind === "step" ? css.step : undefined}
            data-step={b.id}
            onClick={b.kind === "step" && onOpen ? () => onOpen(b.id) : undefined}
          >
            <title>{b.text}</title>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              rx={b.kind === "end" ? b.h / 2 : 4}
              fill={b.kind === "end" ? c.buttonBackgroundHovered : c.bodyBackground}
              stroke={c.inputBorder}
              strokeWidth={1}
            />
            {b.lines.map((l, i) => (
              <text
                key={i}
                x={l.x}
                y={l.y}
                fontSize={l.size}
                fontWeight={l.bold ? 600 : 400}
                textAnchor={b.kind === "end" ? "middle" : "start"}
                fill={l.bold ? c.bodyText : c.bodySubtext}
              >
                {l.text}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
