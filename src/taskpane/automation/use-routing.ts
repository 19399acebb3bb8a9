import { useEffect, useState } from "react";
import type { MovedCase, RouterStanding } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { useAutomation } from "../excel-context";

/** How many routed cases the Run view keeps listed. */
const KEPT = 12;

export interface Routing {
  readonly standing: RouterStanding;
  /** The cases automatic routing moved in this session, the latest first. */
  readonly moved: readonly MovedCase[];
  /** Bumped after every routing: views that show the register read it again. */
  readonly routedCount: number;
  /** Bumped after the lease holder's reminders pass found something due: the Outbox is read again. */
  readonly remindedCount: number;
}

/** What automatic routing does for a process, live. */
export function useRouting(binding: ProcessBinding | undefined): Routing {
  const automation = useAutomation();
  const id = binding?.id;
  const [standing, setStanding] = useState<RouterStanding>(() =>
    id && automation ? automation.standing(id) : { kind: "stopped" },
  );
  const [moved, setMoved] = useState<readonly MovedCase[]>([]);
  const [routedCount, setRoutedCount] = useState(0);
  const [remindedCount, setRemindedCount] = useState(0);
  useEffect(() => {
    if (!automation || !id) return undefined;
    setStanding(automation.standing(id));
    return automation.subscribe((e) => {
      if (e.processId !== id) return;
      if (e.kind === "standing") setStanding(e.standing);
      if (e.kind === "reminded" && e.report.events > 0) setRemindedCount((n) => n + 1);
      if (e.kind === "routed") {
        setRoutedCount((n) => n + 1);
        if (e.report.moved.length > 0)
          setMoved((m) => [...[...e.report.moved].reverse(), ...m].slice(0, KEPT));
      }
    });
  }, [automation, id]);
  return { standing, moved, routedCount, remindedCount };
}
