// @ts-check
// Bundles the task pane and the ribbon function file, copies the icons, the manifest and the organisation's
// process catalogue (catalog/, with its index).
//   npm run build                                  production, manifest URLs → https://procsheet.example.com/
//   npm run build -- --env url=https://host/path/  production for another host
//   npm run build:dev                              development build, manifest unchanged
//   npm start (Linux) / webpack serve              dev server on https://localhost:3000/ (http if no dev cert),
//                                                  with the workbench at /workbench.html
//   webpack --mode development --env workbench     a development build with the workbench (browser tests)
// The workbench (src/workbench: the pane beside a simulated workbook) is never part of a production build.
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://procsheet.example.com/";
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
// Office requires the CDN copy in production; the npm copy lets a page load office.js with no internet.
const OFFICE_JS = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  local: "/office-js/office.js",
};
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
 * @param {Record<string, string | boolean | undefined>} env  `--env` values; WEBPACK_SERVE is set by `webpack serve`
 * @param {{ mode?: string }} options
 * @returns {Promise<webpack.Configuration & { devServer?: import("webpack-dev-server").Configuration }>}
 */
module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = production ? productionUrl(typeof env.url === "string" ? env.url : undefined) : DEV_URL;
  const officeJsSource = production ? "cdn" : String(env.officejs ?? (serving ? "local" : "cdn"));
  if (!(officeJsSource in OFFICE_JS))
    throw new Error(`--env officejs must be cdn or local; got ${officeJsSource}`);
  const officeJs = OFFICE_JS[/** @type {keyof typeof OFFICE_JS} */ (officeJsSource)];
  const hashed = production ? "[name].[contenthash:8].js" : "[name].js";
  // The workbench carries the Excel simulation and HyperFormula (GPL, tests and development only).
  const workbench = !production && (serving || Boolean(env.workbench));
  if (production && env.workbench)
    throw new Error("--env workbench is for development builds: the workbench never ships.");

  return {
    mode: production ? "production" : "development",
    // Office's webviews: Edge WebView2 on Windows, WKWebView (Safari 14+) on Mac, current browsers on the web.
    target: ["web", "es2020"],
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs },
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
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL, url) : content),
          },
        ],
      }),
      new OrgCatalog(path.resolve(__dirname, "catalog")),
      ...(production ? [new InitialSizeReport()] : []),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: PORT,
          server: await devServerTransport(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: [{ directory: OFFICE_JS_DIST, publicPath: "/office-js", watch: false }],
        }
      : undefined,
  };
};
