// Preloaded (node --require) by bench/cli-large.mjs: on exit, writes the process's peak resident set
// size (MB) and the CPU time it used (ms, user + system: wall time on a busy machine says little) to
// $PEAK_RSS_FILE as JSON, which the bench reads back.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.PEAK_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  writeFileSync(file, JSON.stringify({ peakRssMB: Math.round(usage.maxRSS / 1024), cpuMs }));
});
