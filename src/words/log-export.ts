import { words } from "./book";

/** The event log as exported for process mining and BI (XES, CSV, the log sheet). */
export const LOG_EXPORT = words({
  "log.caseId": { en: "Case ID", "zh-CN": "编号" },
  "log.activity": { en: "Activity", "zh-CN": "步骤" },
  "log.start": { en: "Start", "zh-CN": "开始时间" },
  "log.complete": { en: "Complete", "zh-CN": "完成时间" },
  "log.resource": { en: "Resource", "zh-CN": "负责人" },
  "log.eventType": { en: "Event type", "zh-CN": "事件类型" },
  "log.sheetSuffix": { en: "Log", "zh-CN": "日志" },
});
