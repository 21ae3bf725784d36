// Preloaded (node -r) into each timed process: reports its CPU time (user + system, every thread) and its
// peak resident memory on exit; CPU time is what a busy machine disturbs far less than wall time.
// The peak is the process's own (Linux: VmHWM, which starts afresh when node is started). The rusage maximum
// carries the benchmark's own peak over from the fork that started it, so it is the fallback elsewhere.
const { readFileSync } = require("node:fs");

function peakBytes() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n@@cpu ${(user + system) / 1000}\n@@rss ${peakBytes()}\n`);
});
