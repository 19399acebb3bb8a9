// `npm start`. Windows and macOS: office-addin-debugging builds, serves and sideloads Procsheet into
// Excel desktop. It runs through npx, not as a dependency: v7 pulls a native keytar build that breaks
// a clean install here. Linux (no Excel desktop), or `npm start -- --serve` anywhere: run the dev
// server and print the URL of the workbench, the task pane beside a simulated workbook.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import console from "node:console";
import { setImmediate } from "node:timers";
import process from "node:process";

const require = createRequire(import.meta.url);
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;

/** Quotes an argument for the shell that npx needs on Windows (it is npx.cmd there). */
function quote(arg) {
  return /[\s"]/.test(arg) ? `"${arg.replaceAll('"', '\\"')}"` : arg;
}

function sideloadIntoExcel() {
  const command = [
    "npx",
    "--yes",
    "office-addin-debugging@7",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    // Office itself loads these pages, so they take office.js from the CDN as in production.
    "--dev-server",
    "npx webpack serve --mode development --env officejs=global",
    "--dev-server-port",
    String(PORT),
  ];
  const child = spawn(command.map(quote).join(" "), { stdio: "inherit", shell: true });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** webpack-dev-server reports a busy port with an uncaught exception and a stack; ask first instead. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "localhost");
  });
}

/**
 * Starts webpack-dev-server with webpack.config.js and prints its address once the first build is done: the
 * root opens the workbench (src/workbench; dev server builds only).
 */
async function serve() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require("../webpack.config.js");
  const { devServer, ...config } = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack(config);
  const base = `${devServer.server.type}://localhost:${devServer.port}/`;
  let announced = false;
  compiler.hooks.done.tap("start", (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    setImmediate(() =>
      console.log(
        `\nProcsheet is served at ${base}\n` +
          `(the task pane beside a simulated workbook; the pane alone: ${base}taskpane.html; Ctrl+C stops)\n`,
      ),
    );
  });
  await new WebpackDevServer(devServer, compiler).start();
}

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !process.argv.includes("--serve")) {
  sideloadIntoExcel();
} else if (!(await portIsFree(PORT))) {
  console.error(`Port ${PORT} is in use: is another \`npm start\` running?`);
  process.exit(1);
} else {
  await serve();
}
