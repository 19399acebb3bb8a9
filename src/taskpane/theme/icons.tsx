import { registerIcons } from "@fluentui/react";
import type { ReactElement } from "react";

// Fluent's initializeIcons() would fetch an icon font from a Microsoft CDN. Instead every icon the pane
// (and the Fluent components it uses) draws is a small inline SVG in the bundle, stroked in currentColor
// so it follows the theme and Windows high-contrast colours.

const CIRCLE = "M14.5 8A6.5 6.5 0 1 1 1.5 8a6.5 6.5 0 0 1 13 0Z";

function glyph(d: string, strokeWidth = 1.4): ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Icon name → path; names Fluent components ask for internally are included (ChevronDown, CheckMark, …). */
export const ICON_PATHS: Readonly<Record<string, string>> = {
  Add: "M8 3v10M3 8h10",
  AddFriend:
    "M6 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.5 14c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M12.5 5v5M10 7.5h5",
  Mail: "M2 4h12v8H2zM2 4l6 5 6-5",
  ChevronDown: "M4 6l4 4 4-4",
  ChevronUp: "M4 10l4-4 4 4",
  ChevronRight: "M6 4l4 4-4 4",
  ChevronLeft: "M10 4l-4 4 4 4",
  ChevronDownSmall: "M5 7l3 3 3-3",
  ChevronUpSmall: "M5 9l3-3 3 3",
  CheckMark: "M3 8.5l3.2 3L13 4.5",
  Cancel: "M4 4l8 8M12 4l-8 8",
  Clear: "M4 4l8 8M12 4l-8 8",
  Info: `${CIRCLE}M8 7v4.5M8 4.6v.3`,
  ErrorBadge: `${CIRCLE}M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4`,
  Blocked2: `${CIRCLE}M3.4 12.6L12.6 3.4`,
  Blocked: `${CIRCLE}M3.4 12.6L12.6 3.4`,
  Completed: `${CIRCLE}M5 8.2l2 2 4-4.2`,
  Warning: "M8 2l6.5 11.5h-13ZM8 6.5V10M8 11.8v.2",
  More: "M3 8h.01M8 8h.01M13 8h.01",
  Delete: "M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9M7 7v4.5M9 7v4.5",
  Edit: "M11 2.5l2.5 2.5L6 12.5H3.5V10Z",
  Play: "M5 3l8 5-8 5Z",
  Sync: "M13 8a5 5 0 0 1-8.6 3.5M3 8a5 5 0 0 1 8.6-3.5M11.6 1.5v3h-3M4.4 14.5v-3h3",
  Undo: "M5.5 3L2.5 6l3 3M2.5 6H10a3.5 3.5 0 0 1 0 7H6",
  Download: "M8 2v8.5M4.5 7L8 10.5 11.5 7M3 13.5h10",
  Upload: "M8 11V2.5M4.5 6L8 2.5 11.5 6M3 13.5h10",
  Copy: "M5.5 5.5h8v8h-8ZM10.5 5.5v-3h-8v8h3",
  Filter: "M2 3h12L9.5 8.5V13l-3-1.5v-3Z",
  BarChartVertical: "M2.5 13.5h11M4.5 13.5V9M8 13.5V4M11.5 13.5V7",
  Globe: `${CIRCLE}M1.5 8h13M8 1.5c2 2 2.5 4 2.5 6.5S10 12.5 8 14.5M8 1.5c-2 2-2.5 4-2.5 6.5S6 12.5 8 14.5`,
  Contact: "M8 8a2.8 2.8 0 1 0 0-5.6A2.8 2.8 0 0 0 8 8ZM2.5 14c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5",
  Save: "M2.5 2.5h8.5l2.5 2.5v8.5h-11ZM5 2.5V6h5V2.5M5 13.5v-4h6v4",
  TestBeaker: "M6 2h4M6.5 2v4.5L2.8 12.8a1 1 0 0 0 .9 1.5h8.6a1 1 0 0 0 .9-1.5L9.5 6.5V2",
  Flow: "M2 2.5h5V6H2ZM9 10h5v3.5H9ZM4.5 6v5.5H9",
  History: `${CIRCLE}M8 4.5V8l2.5 1.5`,
  Target: `${CIRCLE}M11 8a3 3 0 1 1-6 0 3 3 0 0 1 6 0ZM8 8h.01`,
  OpenFile: "M2.5 13.5V3h4l1.5 1.5h5.5v2M2.5 13.5l2-6h10l-2 6Z",
};

const BOLD = new Set(["More"]);

let registered = false;

/** Registers the pane's icons; later calls do nothing. */
export function registerProcsheetIcons(): void {
  if (registered) return;
  registered = true;
  const icons: Record<string, ReactElement> = {};
  for (const [name, d] of Object.entries(ICON_PATHS)) icons[name] = glyph(d, BOLD.has(name) ? 2.4 : 1.4);
  registerIcons({ icons });
}
