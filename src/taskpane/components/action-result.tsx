import { useEffect, useRef, type ReactNode } from "react";

/**
 * What an action just did (or why it failed), brought into view where the action was taken: in a 350 px
 * pane a result below the fold goes unseen. It scrolls only as far as needed (block "nearest") and only
 * when it appears — an action run again unmounts its old result first (useAction clears it), so each new
 * result is shown. Screen readers hear it through the MessageBar inside (a live region).
 */
export function ActionResult({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; the browser tests check the scrolling itself.
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, []);
  return (
    <div ref={ref} data-testid="action-result" style={{ scrollMarginBottom: 12, scrollMarginTop: 12 }}>
      {children}
    </div>
  );
}
