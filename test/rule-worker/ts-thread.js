// A rule worker thread started from TypeScript sources (jest): compiles each .ts file as it is required
// (types stripped, as ts-jest does), then runs the entry named in workerData. The built command line runs
// lib/src/rule-worker/node-thread-main.js directly instead.
// Compiled files are kept in the system's temporary folder by content, so threads after the first start fast.
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { workerData } = require("node:worker_threads");
const { addHook } = require("pirates");

const cache = path.join(os.tmpdir(), "procsheet-ts-thread");
let ts;

function compile(code, filename) {
  const key = createHash("sha1").update(filename).update("\0").update(code).digest("hex");
  const file = path.join(cache, `${key}.js`);
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    ts ??= require("typescript");
    const out = ts.transpileModule(code, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
    }).outputText;
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, out);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
    return out;
  }
}

addHook(compile, { exts: [".ts"], ignoreNodeModules: true });
require(workerData.entry);
