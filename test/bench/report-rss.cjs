// Preloaded into every benchmarked node process (--require): appends the process's peak RSS in
// kilobytes to the file named by BENCH_RSS_FILE when it exits.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
