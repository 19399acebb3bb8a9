// @ts-check
// The pieces of the task pane that exist before its bundle: the boot script (src/taskpane/boot/boot.ts,
// compiled here to ES5 with its words) and the support page the manifest's <SupportUrl> points at. Both
// take their words from src/words/pane-boot.ts. Used by webpack.config.js and by the tests.
const path = require("node:path");
const ts = require("typescript");
const { readFileSync } = require("node:fs");
const { requireTs } = require("./require-ts.cjs");

const ROOT = path.join(__dirname, "..");
const BOOT_SOURCE = path.join(ROOT, "src/taskpane/boot/boot.ts");
const WORDS_SOURCE = path.join(ROOT, "src/words/pane-boot.ts");
const LANG_SOURCE = path.join(ROOT, "src/words/lang.ts");
/** Files whose change changes what this module builds (webpack watches them). */
const INPUTS = [BOOT_SOURCE, WORDS_SOURCE, LANG_SOURCE, path.join(ROOT, "src/words/book.ts")];
/** How long Office may take to become ready before the pane says what is wrong. */
const OFFICE_WAIT_MS = 8000;
const LANGS = /** @type {const} */ (["en", "zh-CN"]);

/**
 * The boot words of one language, by the short names boot.ts uses ("boot.tooOldTitle" → "tooOldTitle").
 * @param {"en" | "zh-CN"} lang
 */
function bootWords(lang) {
  const { PANE_BOOT } = requireTs(WORDS_SOURCE);
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, entry] of Object.entries(PANE_BOOT))
    if (key.startsWith("boot.")) out[key.slice("boot.".length)] = entry[lang];
  return out;
}

/**
 * The boot script as the pane loads it: boot.ts in ES5, called with its configuration, its answer kept as
 * window.procsheetBoot for the bundle.
 * @param {{ officeJs: string, waitMs?: number }} options
 */
function bootScript({ officeJs, waitMs = OFFICE_WAIT_MS }) {
  const { outputText } = ts.transpileModule(readFileSync(BOOT_SOURCE, "utf8"), {
    fileName: BOOT_SOURCE,
    compilerOptions: {
      target: ts.ScriptTarget.ES5,
      module: ts.ModuleKind.CommonJS,
      removeComments: true,
      importHelpers: false,
      downlevelIteration: false,
    },
  });
  const { SIMPLIFIED_CHINESE } = requireTs(LANG_SOURCE);
  const config = {
    words: { en: bootWords("en"), "zh-CN": bootWords("zh-CN") },
    chinese: SIMPLIFIED_CHINESE.source,
    officeJs,
    waitMs,
  };
  return (
    "(function () {\nvar exports = {};\n" +
    outputText +
    `\nwindow.procsheetBoot = exports.boot(window, ${JSON.stringify(config)});\n})();\n`
  );
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The support page (support.html): who helps, and where Procsheet works, in English and in Chinese. */
function supportPage() {
  const { PANE_BOOT } = requireTs(WORDS_SOURCE);
  /** @param {string} key @param {"en" | "zh-CN"} lang */
  const say = (key, lang) => escapeHtml(PANE_BOOT[key][lang]);
  const sections = LANGS.map(
    (lang) => `  <section lang="${lang}">
    <h1>${say("support.title", lang)}</h1>
    <p>${say("support.who", lang)}</p>
    <p>${say("support.works", lang)}</p>
    <ul>
      <li>${say("boot.worksWindows", lang)}</li>
      <li>${say("boot.worksMac", lang)}</li>
      <li>${say("boot.worksWeb", lang)}</li>
    </ul>
    <p>${say("support.elsewhere", lang)}</p>
  </section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${say("support.title", "en")} · ${say("support.title", "zh-CN")}</title>
  <style>
    body { margin: 0 auto; max-width: 42em; padding: 16px; font: 15px/1.5 "Segoe UI", "Microsoft YaHei", system-ui, sans-serif; color: #201f1e; }
    h1 { font-size: 20px; font-weight: 600; }
    section + section { margin-top: 32px; border-top: 1px solid #e1dfdd; }
  </style>
</head>
<body>
${sections.join("\n")}
</body>
</html>
`;
}

module.exports = { bootScript, supportPage, INPUTS, OFFICE_WAIT_MS };
