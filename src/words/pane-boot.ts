import { words } from "./book";

/**
 * What the task pane says before its own code can run (src/taskpane/boot/boot.ts, built into plain ES5 by
 * webpack.config.js), and the support page the build writes beside it (support.html). `{url}` is the one
 * argument these texts take: the build and the boot script put a web address there.
 */
export const PANE_BOOT = words({
  "boot.tooOldTitle": {
    en: "This version of Office is too old for Procsheet",
    "zh-CN": "此版本的 Office 太旧，无法运行 Procsheet",
  },
  "boot.tooOldBody": {
    en: "Procsheet needs the web engine of a current Office (on Windows, Microsoft Edge WebView2). It works in:",
    "zh-CN":
      "Procsheet 需要新版 Office 的网页引擎（在 Windows 上为 Microsoft Edge WebView2）。它可以在以下环境中使用：",
  },
  "boot.worksWindows": {
    en: "Excel for Microsoft 365 (Version 2102 or later), Excel 2021 or Excel 2024 on Windows, with the Microsoft Edge WebView2 Runtime",
    "zh-CN":
      "Windows 上的 Microsoft 365 版 Excel（2102 或更高版本）、Excel 2021 或 Excel 2024，并装有 Microsoft Edge WebView2 运行时",
  },
  "boot.worksMac": {
    en: "Excel for Microsoft 365, Excel 2021 or Excel 2024 on a Mac",
    "zh-CN": "Mac 上的 Microsoft 365 版 Excel、Excel 2021 或 Excel 2024",
  },
  "boot.worksWeb": {
    en: "Excel on the web, in a current Edge, Chrome, Firefox or Safari",
    "zh-CN": "网页版 Excel（使用新版 Edge、Chrome、Firefox 或 Safari）",
  },
  "boot.tooOldTodo": {
    en: "Ask your IT administrator to update Office, or open this workbook in Excel on the web.",
    "zh-CN": "请让 IT 管理员更新 Office，或在网页版 Excel 中打开此工作簿。",
  },
  "boot.officeJsTitle": {
    en: "Office's JavaScript library did not load",
    "zh-CN": "Office 的 JavaScript 库未能加载",
  },
  "boot.officeJsBody": {
    en: "Procsheet needs office.js from {url}, and it did not start. A firewall or proxy that blocks this address stops every Office add-in: ask your IT administrator to allow it, then close the pane and open it again.",
    "zh-CN":
      "Procsheet 需要从 {url} 加载 office.js，但它未能启动。阻止此地址的防火墙或代理会使所有 Office 加载项都无法运行：请让 IT 管理员放行此地址，然后关闭窗格并重新打开。",
  },
  "boot.filesTitle": {
    en: "Procsheet's own files did not load",
    "zh-CN": "Procsheet 自身的文件未能加载",
  },
  "boot.filesBody": {
    en: "The pane's files from {url} did not arrive. Ask your IT administrator to check that this address opens on your computer, then close the pane and open it again.",
    "zh-CN":
      "窗格的文件（来自 {url}）未能送达。请让 IT 管理员确认此地址能在你的电脑上打开，然后关闭窗格并重新打开。",
  },
  "support.title": { en: "Procsheet: help", "zh-CN": "Procsheet：帮助" },
  "support.who": {
    en: "Procsheet was set up for you by your organisation's IT administrator. If the pane does not open, or says that something is wrong, send them what it says.",
    "zh-CN":
      "Procsheet 由你所在组织的 IT 管理员为你部署。如果窗格打不开，或提示出现问题，请把提示内容发给管理员。",
  },
  "support.works": { en: "Procsheet works in:", "zh-CN": "Procsheet 可以在以下环境中使用：" },
  "support.elsewhere": {
    en: "Where Procsheet is not set up, a register workbook is an ordinary workbook: Excel opens it as usual.",
    "zh-CN": "在没有部署 Procsheet 的地方，登记表工作簿就是普通工作簿：Excel 会照常打开它。",
  },
});
