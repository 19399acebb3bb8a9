// @ts-check
// Bundles the task pane and the ribbon function file, writes the pane's boot script and support page, copies
// the icons, the manifest and the organisation's process catalogue (catalog/, with its index).
//   npm run build                                  production, manifest URLs → https://procsheet.example.com/
//   npm run build -- --env url=https://host/path/  production for another host
//   npm run build -- --env officejs=21vianet       office.js from the CDN of Microsoft 365 operated by 21Vianet
//                                                  (default: global, Microsoft's worldwide CDN)
//   npm run build -- --env support=https://…       the manifest's <SupportUrl> (default: the build's support.html)
//   npm run build:dev                              development build, manifest unchanged
//   npm start (Linux) / webpack serve              dev server on https://localhost:3000/ (http if no dev cert),
//                                                  the workbench at its root
//   webpack --mode development --env workbench     a development build with the workbench (browser tests)
// The workbench (src/workbench: the pane beside a simulated workbook) is never part of a production build.
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const { createHash } = require("node:crypto");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const panePages = require("./scripts/pane-pages.cjs");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://procsheet.example.com/";
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
// Where the pane loads office.js from. The Microsoft Marketplace requires Microsoft's CDN; Microsoft 365
// operated by 21Vianet (China) has its own
// (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
// The npm copy ("local", development only) lets a page load office.js with no internet.
const OFFICE_JS = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  local: "/office-js/office.js",
};
/** `--env officejs` values a production build accepts ("cdn" is the older name of "global"). */
const PRODUCTION_OFFICE_JS = ["global", "21vianet"];
const PROCESS_SCHEMA = path.resolve(__dirname, "templates/process.schema.json");
const SCHEMA_VALIDATOR = path.resolve(__dirname, "src/core/definition/schema-validator.ts");
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
// Budget for the JS a task pane loads before first paint, gzipped (the project target: 250 KB).
const INITIAL_GZIP_BUDGET = 250 * 1024;

/** The production base URL: https, ending with "/", no query or fragment. */
function productionUrl(value = DEFAULT_PRODUCTION_URL) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--env url=${value} is not a URL.`);
  }
  if (url.protocol !== "https:" || !value.endsWith("/") || url.search || url.hash) {
    throw new Error(
      `--env url must be an https URL ending with "/", like ${DEFAULT_PRODUCTION_URL}; got ${value}`,
    );
  }
  return value;
}

/** `--env officejs`: which office.js the pane loads. */
function officeJsSource(value, production, serving) {
  const name = value === "cdn" ? "global" : String(value ?? (production || !serving ? "global" : "local"));
  const allowed = production ? PRODUCTION_OFFICE_JS : Object.keys(OFFICE_JS);
  if (!allowed.includes(name))
    throw new Error(
      `--env officejs must be ${allowed.join(" or ")}${production ? " in a production build" : ""}; got ${name}`,
    );
  return name;
}

/** `--env support`: an https address for the manifest's <SupportUrl>, or undefined for the build's own page. */
function supportUrl(value) {
  if (value === undefined) return undefined;
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`--env support=${value} is not a URL.`);
  }
  if (url.protocol !== "https:") throw new Error(`--env support must be an https URL; got ${value}`);
  return String(value);
}

/**
 * Writes the pane's boot script (boot.<hash>.js, loaded before office.js; scripts/pane-pages.cjs) and the
 * support page (support.html) into the build, and tells taskpane.html the boot script's name.
 */
class PanePages {
  /** @param {string} officeJs @param {boolean} production */
  constructor(officeJs, production) {
    this.officeJs = officeJs;
    this.production = production;
    /** @type {WeakMap<webpack.Compilation, string>} */
    this.bootFiles = new WeakMap();
  }

  /** @param {webpack.Compilation} compilation */
  bootFile(compilation) {
    const name = this.bootFiles.get(compilation);
    if (!name) throw new Error("the boot script was not written before taskpane.html");
    return name;
  }

  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PanePages", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name: "PanePages", stage }, () => {
        for (const file of panePages.INPUTS) {
          compilation.fileDependencies.add(file);
          delete require.cache[file];
        }
        const boot = panePages.bootScript({ officeJs: this.officeJs });
        const hash = createHash("sha256").update(boot).digest("hex").slice(0, 8);
        const name = this.production ? `boot.${hash}.js` : "boot.js";
        compilation.emitAsset(name, new webpack.sources.RawSource(boot));
        compilation.emitAsset("support.html", new webpack.sources.RawSource(panePages.supportPage()));
        this.bootFiles.set(compilation, name);
      });
    });
  }
}

/** https with office-addin-dev-certs' trusted localhost certificate; plain http where it can't be had. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split("\n")[0];
    console.warn(`Note: no trusted dev certificate (${reason}); serving http://localhost:${PORT}/ instead.`);
    return { type: "http" };
  }
}

/**
 * Puts the organisation's catalogue (catalog/*.process.json) and its index into the build as catalog/, so
 * the gallery finds it beside the task pane (docs/admins.md). The index is the one scripts/catalog.mjs
 * writes after deployment; a build with an empty catalog/ still has an (empty) index.
 */
class OrgCatalog {
  /** @param {string} dir */
  constructor(dir) {
    this.dir = dir;
  }

  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("OrgCatalog", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tapPromise({ name: "OrgCatalog", stage }, async () => {
        compilation.contextDependencies.add(this.dir);
        const { catalogAssets } = await import("./scripts/catalog.mjs");
        for (const [name, bytes] of catalogAssets(this.dir))
          compilation.emitAsset(`catalog/${name}`, new webpack.sources.RawSource(bytes));
      });
    });
  }
}

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Prints each entry's initial JS (gzipped) and warns when the task pane's exceeds the budget. */
class InitialSizeReport {
  /** @param {webpack.Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialSizeReport", (compilation) => {
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "InitialSizeReport", stage }, () => {
        const logger = compilation.getLogger("InitialSizeReport");
        for (const [name, entry] of compilation.entrypoints) {
          const files = entry.getFiles().filter((file) => file.endsWith(".js"));
          const sizes = files.map((file) => {
            const source = compilation.getAsset(file)?.source.buffer() ?? Buffer.alloc(0);
            return { raw: source.length, gzip: zlib.gzipSync(source, { level: 9 }).length };
          });
          const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
          const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
          logger.info(
            `${name}: ${files.length} initial JS files, ${kib(raw)}, ${kib(gzip)} gzip (${files.join(", ")})`,
          );
          if (name === "taskpane" && gzip > INITIAL_GZIP_BUDGET) {
            const message = `The task pane's initial JS is ${kib(gzip)} gzip, over the ${kib(INITIAL_GZIP_BUDGET)} budget.`;
            compilation.warnings.push(new webpack.WebpackError(message));
          }
        }
      });
    });
  }
}

/**
 * webpack-dev-server's options (`npm start`, `webpack serve`).
 * @param {boolean} workbench whether the build has the workbench
 * @param {import("webpack-dev-server").Configuration["server"]} server
 * @returns {import("webpack-dev-server").Configuration}
 */
function devServerOptions(workbench, server) {
  return {
    host: "localhost",
    port: PORT,
    server,
    headers: { "Access-Control-Allow-Origin": "*" },
    static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
    // The root address opens what a person came for: the workbench (the pane beside a simulated workbook).
    devMiddleware: { index: workbench ? "workbench.html" : "taskpane.html" },
  };
}

/**
 * @param {Record<string, string | boolean | undefined>} env  `--env` values; WEBPACK_SERVE is set by `webpack serve`
 * @param {{ mode?: string }} options
 * @returns {Promise<webpack.Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = production ? productionUrl(typeof env.url === "string" ? env.url : undefined) : DEV_URL;
  const officeJs =
    OFFICE_JS[/** @type {keyof typeof OFFICE_JS} */ (officeJsSource(env.officejs, production, serving))];
  const support = supportUrl(env.support);
  const pages = new PanePages(officeJs, production);
  const hashed = production ? "[name].[contenthash:8].js" : "[name].js";
  // The workbench carries the Excel simulation and HyperFormula (GPL, tests and development only).
  const workbench = !production && (serving || Boolean(env.workbench));
  if (production && env.workbench)
    throw new Error("--env workbench is for development builds: the workbench never ships.");

  return {
    mode: production ? "production" : "development",
    // Office's webviews: Edge WebView2 on Windows, WKWebView (Safari 14+) on Mac, current browsers on the web
    // (docs/admins.md "Which Office versions work"); test/build/syntax-level.test.ts parses dist/ at ES2020.
    target: ["web", "es2020"],
    // No eval-based source maps, even in development: the pane must run under a Content-Security-Policy
    // without 'unsafe-eval' (test/e2e/boot.test.ts).
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      // The ribbon's commands run in the task pane's shared runtime (manifest <Runtimes>), so one entry.
      taskpane: "./src/taskpane/index.tsx",
      ...(workbench ? { workbench: "./src/workbench/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: hashed,
      chunkFilename: hashed,
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // The definition schema's validator, compiled by ajv at build time (scripts/schema-validator-loader.cjs):
        // the pane then needs no `new Function`. Node (the CLI, tests) compiles it when it loads instead.
        {
          resource: PROCESS_SCHEMA,
          resourceQuery: /standalone/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "scripts/schema-validator-loader.cjs"),
        },
        // intl-messageformat ships ES2022 (class static blocks, which Safari before 16.4 cannot parse): compiled
        // down to the ES2020 the rest of the pane is (test/build/syntax-level.test.ts).
        {
          test: /[\\/]node_modules[\\/](intl-messageformat|@formatjs)[\\/].+\.js$/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            compilerOptions: { allowJs: true, module: "es2020", target: "es2020" },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // `npm run typecheck` type-checks; ES modules here let webpack tree-shake (tsconfig says commonjs for jest).
            transpileOnly: true,
            compilerOptions: { module: "es2020", target: "es2020" },
          },
        },
      ],
    },
    optimization: {
      // React and Fluent change rarely: separate, content-hashed chunks stay cached across our releases.
      // Heavy pane features should arrive through import(), outside the initial budget.
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@microsoft[\\/]load-themed-styles|tslib)[\\/]/,
            name: "fluent",
            // Only what the first paint needs; Fluent components used by lazy views travel with them.
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: production
      ? {
          hints: "warning",
          // Uncompressed limits that correspond roughly to the 250 KB gzip budget; InitialSizeReport checks it exactly.
          maxEntrypointSize: 800 * 1024,
          maxAssetSize: 500 * 1024,
          assetFilter: (file) => file.endsWith(".js"),
        }
      : false,
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^\.\/schema-validator$/, (resource) => {
        if (path.resolve(resource.context, "schema-validator.ts") === SCHEMA_VALIDATOR)
          resource.request = `${PROCESS_SCHEMA}?standalone`;
      }),
      pages,
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: (compilation) => ({ officeJs, bootJs: pages.bootFile(compilation) }),
      }),
      ...(workbench
        ? [
            new HtmlWebpackPlugin({
              filename: "workbench.html",
              template: "./src/workbench/workbench.html",
              chunks: ["workbench"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              if (!production) return content;
              const xml = content.toString().replaceAll(DEV_URL, url);
              if (!support) return xml;
              // <SupportUrl> and its zh-CN override: the admin's own help page.
              return xml.replaceAll(
                `"${url}support.html"`,
                `"${support.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`,
              );
            },
          },
        ],
      }),
      new OrgCatalog(path.resolve(__dirname, "catalog")),
      ...(production ? [new InitialSizeReport()] : []),
    ],
    devServer: serving ? devServerOptions(workbench, await devServerTransport()) : undefined,
  };
};

module.exports.devServerOptions = devServerOptions;
module.exports.OFFICE_JS = OFFICE_JS;
