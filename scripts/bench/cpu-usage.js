// Preloaded (node -r) into each timed process: reports its CPU time (user + system, every thread) and its
// peak resident memory on exit; CPU time is what a busy machine disturbs far less than wall time.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\n@@cpu ${(user + system) / 1000}\n@@rss ${process.resourceUsage().maxRSS * 1024}\n`);
});
