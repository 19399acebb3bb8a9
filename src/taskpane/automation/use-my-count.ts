import { useEffect, useState } from "react";
import { useExcel } from "../excel-context";
import { useSession } from "../session/session-context";
import { useRouting } from "./use-routing";

/**
 * How many open cases I own, kept current as automatic routing lands cases on me: the Run tab shows it.
 * Undefined until "me" is chosen.
 */
export function useMyCount(): number | undefined {
  const excel = useExcel();
  const { binding, me } = useSession();
  const { routedCount } = useRouting(binding);
  const [count, setCount] = useState<number | undefined>();
  useEffect(() => {
    if (!binding || !me) return setCount(undefined);
    let live = true;
    void excel.myWork(binding, me).then((r) => live && setCount(r.ok ? r.value.length : undefined));
    return () => {
      live = false;
    };
  }, [excel, binding, me, routedCount]);
  return count;
}
