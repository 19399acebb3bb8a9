// Import this before anything from @fluentui: at module load @fluentui/theme registers @font-face rules
// pointing at a Microsoft CDN unless FabricConfig.fontBaseUrl is set. An empty base URL registers none,
// so the pane loads no font from outside its own origin (the system font stack is used instead).
// (`Window.FabricConfig` is declared by @fluentui's own typings.)

if (typeof window !== "undefined") {
  window.FabricConfig = { ...window.FabricConfig, fontBaseUrl: "" };
}

export {};
