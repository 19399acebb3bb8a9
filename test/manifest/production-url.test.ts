// webpack.config.js takes the production URL from `--env url=…`; a wrong one must stop the build,
// because Office loads add-ins over https only and the manifest's URLs are built by appending to it.
import path from "node:path";

type WebpackConfigFn = (env: Record<string, unknown>, options: { mode: string }) => Promise<unknown>;

async function loadConfig(): Promise<WebpackConfigFn> {
  const file = path.join(__dirname, "..", "..", "webpack.config.js");
  return ((await import(file)) as { default: WebpackConfigFn }).default;
}

describe("the production URL (--env url)", () => {
  it.each(["https://procsheet.example.com/", "https://contoso.example/procsheet/", undefined])(
    "accepts %s",
    async (url) => {
      const config = await loadConfig();
      await expect(config(url === undefined ? {} : { url }, { mode: "production" })).resolves.toBeDefined();
    },
  );

  it.each([
    "http://contoso.example/",
    "https://contoso.example/procsheet",
    "https://contoso.example/?v=1/",
    "contoso",
  ])("rejects %s", async (url) => {
    const config = await loadConfig();
    await expect(config({ url }, { mode: "production" })).rejects.toThrow(/--env url/);
  });
});
