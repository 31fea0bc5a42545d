// Preloaded (--require) into the processes of the baseline A/B (baseline.mjs): writes the
// process's CPU time (user + system, all threads, in ms) to the file named by BENCH_CPU_FILE
// when it exits. On a shared machine CPU time varies less than wall time under contention.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  if (process.env.BENCH_CPU_FILE) writeFileSync(process.env.BENCH_CPU_FILE, `${(userCPUTime + systemCPUTime) / 1000}\n`);
});
