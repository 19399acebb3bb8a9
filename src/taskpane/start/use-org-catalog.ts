import { useEffect, useState } from "react";
import { EMPTY_ORG_CATALOG, loadOrgCatalog, type OrgCatalog } from "../templates/org-catalog";

/**
 * The organisation's catalogue, read each time the Start view shows (so a file the admin just added
 * appears without reloading the pane); undefined while it loads.
 */
export function useOrgCatalog(): OrgCatalog | undefined {
  const [catalog, setCatalog] = useState<OrgCatalog | undefined>();
  useEffect(() => {
    let live = true;
    void loadOrgCatalog()
      .catch(() => EMPTY_ORG_CATALOG)
      .then((c) => live && setCatalog(c));
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}
