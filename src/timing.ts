/**
 * TIMING=1 in the environment (as ESLint's): where a run's time went, stage by stage, printed to
 * stderr after the report. Off, a stage is only its function call. Counts this thread's work: with
 * --concurrency, the workers' files are not in it.
 */
const totals = new Map<string, number>();
let on = false;

export function enableTiming(enabled: boolean): void {
  on = enabled;
}

// Time spent in stages nested in the one running: a stage counts its own time only.
let nested = 0;

export function stage<T>(name: string, fn: () => T): T {
  if (!on) return fn();
  const t = performance.now();
  const outer = nested;
  nested = 0;
  try {
    return fn();
  } finally {
    const spent = performance.now() - t;
    totals.set(name, (totals.get(name) ?? 0) + spent - nested);
    nested = outer + spent;
  }
}

/** The stages in the order first entered, then the rest of the run (start-up, configuration, finding files) up to now. */
export function timingTable(): string {
  const wall = performance.now();
  const staged = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows: Array<[string, number]> = [...totals.entries(), ['other (start-up, configuration, finding files)', Math.max(0, wall - staged)]];
  const width = Math.max(...rows.map(([n]) => n.length));
  const lines = rows.map(([name, ms]) => `${name.padEnd(width)}  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / wall).toFixed(1).padStart(5)}%`);
  return [`${'stage'.padEnd(width)}  ${'time'.padStart(10)}  share`, ...lines, `${'total'.padEnd(width)}  ${wall.toFixed(0).padStart(7)} ms`].join('\n') + '\n';
}
