import { DefaultButton, MessageBarType, Stack } from "@fluentui/react";
import type { MapReport } from "../../excel/api-types";
import { ErrorBar, Note } from "../components/error-bar";
import { useAction } from "../components/use-action";
import { useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";

/**
 * "Draw the map on a sheet": the saved process as Excel shapes on a sheet of its own, for printing or
 * pasting into a report; where Excel has no shapes, the reason in plain words.
 */
export function DrawMap() {
  const { t, f } = useStrings();
  const excel = useExcel();
  const { binding, dirty } = useSession();
  const drawing = useAction<MapReport>();
  if (!binding) return null;
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <DefaultButton
        text={drawing.busy ? t.drawingMap : t.drawMap}
        iconProps={{ iconName: "Flow" }}
        // The sheet shows the saved process: unsaved edits would make the two disagree.
        disabled={drawing.busy || dirty}
        onClick={() => void drawing.run(() => excel.drawMap(binding))}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {drawing.error && <ErrorBar error={drawing.error} onDismiss={drawing.reset} />}
      {drawing.value && (
        <Note result type={MessageBarType.success}>
          {f("mapDrawn", {
            sheet: drawing.value.sheetName,
            n: drawing.value.boxes,
            arrows: drawing.value.arrows,
          })}
        </Note>
      )}
    </Stack>
  );
}
