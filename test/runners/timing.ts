// Where a conformance run's time goes: each phase (generation, writing files, a language's build,
// the vector run) adds its wall time under a label, and `printTimings` prints the table when
// CONFORMANCE_TIMING is set (e.g. CONFORMANCE_TIMING=1 npm run conformance -- --suite ...).
// Phases of concurrent builds overlap, so their times may add up to more than the run's.

const totals = new Map<string, { millis: number; count: number }>();

const add = (label: string, millis: number): void => {
  const entry = totals.get(label) ?? { millis: 0, count: 0 };
  entry.millis += millis;
  entry.count++;
  totals.set(label, entry);
};

/** Runs `f`, adding its wall time to `label`. */
export function timed<T>(label: string, f: () => T): T {
  const started = performance.now();
  try {
    return f();
  } finally {
    add(label, performance.now() - started);
  }
}

/** Awaits `f`, adding its wall time to `label`. */
export async function timedAsync<T>(label: string, f: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await f();
  } finally {
    add(label, performance.now() - started);
  }
}

export const timingEnabled = (): boolean => (process.env['CONFORMANCE_TIMING'] ?? '') !== '';

/** The table (label, seconds, calls), in the order the phases first ran; empty unless enabled. */
export function timingTable(): string {
  if (!timingEnabled()) return '';
  const lines = ['phase                                   seconds   calls'];
  for (const [label, { millis, count }] of totals) lines.push(`${label.padEnd(38)} ${(millis / 1000).toFixed(1).padStart(8)} ${String(count).padStart(7)}`);
  return lines.join('\n');
}

export function printTimings(): void {
  if (timingEnabled()) console.log(timingTable());
  totals.clear();
}
