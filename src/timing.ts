/**
 * TIMING=1 in the environment (as ESLint's): where a run's time went, stage by stage, printed to
 * stderr after the report. Off, a stage is only its function call. Counts this thread's work: with
 * --concurrency, the workers' files are not in it.
 */
const totals = new Map<string, number>();
// The most heap in use at the end of each stage: where memory grows, stage by stage.
const heaps = new Map<string, number>();
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
    heaps.set(name, Math.max(heaps.get(name) ?? 0, process.memoryUsage().heapUsed));
    nested = outer + spent;
  }
}

/** The stages in the order first entered, then the rest of the run (start-up, configuration, finding files) up to now. */
export function timingTable(): string {
  const wall = performance.now();
  const staged = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows: Array<[string, number]> = [...totals.entries(), ['other (start-up, configuration, finding files)', Math.max(0, wall - staged)]];
  const width = Math.max(...rows.map(([n]) => n.length));
  const heap = (name: string) => (heaps.has(name) ? `${(heaps.get(name)! / 1048576).toFixed(0).padStart(6)} MB` : '');
  const lines = rows.map(([name, ms]) => `${name.padEnd(width)}  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / wall).toFixed(1).padStart(5)}%  ${heap(name)}`.trimEnd());
  const peak = `peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
  return [`${'stage'.padEnd(width)}  ${'time'.padStart(10)}  share  heap after`, ...lines, `${'total'.padEnd(width)}  ${wall.toFixed(0).padStart(7)} ms`, peak].join('\n') + '\n';
}
