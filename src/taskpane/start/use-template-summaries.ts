import { useEffect, useState } from "react";
import { loadTemplateSummaries, type TemplateSummary } from "../templates/catalog";

/** The gallery's templates, fetched lazily the first time the Start view shows. */
export function useTemplateSummaries(): TemplateSummary[] | undefined {
  const [summaries, setSummaries] = useState<TemplateSummary[] | undefined>();
  useEffect(() => {
    let live = true;
    void loadTemplateSummaries().then((s) => live && setSummaries(s));
    return () => {
      live = false;
    };
  }, []);
  return summaries;
}
