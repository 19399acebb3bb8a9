import { words } from "./book";

/**
 * What Office shows of Procsheet before the pane opens: the add-in's name and description and its ribbon
 * (manifest.xml, which the XSD keeps as XML; test/manifest checks it says exactly these words). The
 * workbench draws the same ribbon.
 */
export const OFFICE_MANIFEST = words({
  "manifest.name": { en: "Procsheet", "zh-CN": "Procsheet 流程表" },
  "manifest.description": {
    en: "Turns worksheets into process registers: one row per case, routed to its owner by rules, with status formats and cycle-time charts.",
    "zh-CN": "把工作表变成流程登记表：每行一个事项，按规则分配给负责人，并提供状态格式和周期时间图表。",
  },
  "manifest.group": { en: "Procsheet", "zh-CN": "Procsheet 流程表" },
  "manifest.openPane": { en: "Open Procsheet", "zh-CN": "打开 Procsheet" },
  "manifest.openPaneTip": {
    en: "Open the Procsheet pane to run the processes kept in this workbook.",
    "zh-CN": "打开 Procsheet 窗格，运行此工作簿中保存的流程。",
  },
  "manifest.newCase": { en: "New case", "zh-CN": "新建事项" },
  "manifest.newCaseTip": {
    en: "Add a case to the register under the cursor: a form checks every field, then the case is numbered and routed to its first owner.",
    "zh-CN": "向光标所在的登记表添加事项：表单会检查每个字段，然后为事项编号并分配给第一位负责人。",
  },
  "manifest.sync": { en: "Sync process", "zh-CN": "同步流程" },
  "manifest.syncTip": {
    en: "Move finished steps on, route owners and set due dates in the register under the cursor, without opening the pane.",
    "zh-CN": "无需打开窗格，即可为光标所在的登记表推进已完成的步骤、分配负责人并设置截止日期。",
  },
  "manifest.paneTitle": { en: "Procsheet", "zh-CN": "Procsheet 流程表" },
});

/** Where each entry stands in manifest.xml: a `<bt:String>` resource id, or the element it fills. */
export const MANIFEST_PLACES: Readonly<Record<string, keyof typeof OFFICE_MANIFEST>> = {
  DisplayName: "manifest.name",
  Description: "manifest.description",
  "Procsheet.Group.Label": "manifest.group",
  "OpenPane.Label": "manifest.openPane",
  "OpenPane.Tooltip": "manifest.openPaneTip",
  "NewCase.Label": "manifest.newCase",
  "NewCase.Tooltip": "manifest.newCaseTip",
  "Sync.Label": "manifest.sync",
  "Sync.Tooltip": "manifest.syncTip",
  "Taskpane.Title": "manifest.paneTitle",
};
