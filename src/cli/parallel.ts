/**
 * Lints many files on worker threads (--concurrency). The main thread plans the run and hands out
 * files one at a time to whichever worker is free; outcomes are put back in file order, so the
 * report is the same as a run on one thread. Each worker pays a start-up (loading the bundle and
 * the rules), so small runs stay on the main thread. Off unless asked for: on a 2-CPU machine two
 * workers were slower than one thread (V8's own GC and compiler threads already use the second CPU).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { Linter, collectRun, lint, type FileOutcome, type LintOptions, type LintRun } from '../lint.js';

export const WORKER_ROLE = 'policylint-lint-worker';
/** Below this many files per worker, starting workers costs more than it saves. */
const FILES_PER_WORKER = 8;

export type Concurrency = number | 'auto' | 'off';

export function parseConcurrency(value: unknown): Concurrency {
  if (value === 'auto') return 'auto';
  if (value === undefined || value === 'off') return 'off';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency takes a whole number of threads, "auto" or "off" (got "${value}")`);
  return n;
}

function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 0;
  // auto leaves a CPU to the main thread and V8's helper threads.
  const wanted = concurrency === 'auto' ? Math.min(os.availableParallelism() - 1, 4) : concurrency;
  const useful = Math.min(wanted, Math.floor(files / FILES_PER_WORKER));
  return useful >= 2 || (concurrency !== 'auto' && useful >= 1) ? useful : 0;
}

interface Job {
  index: number;
  file: string;
}
type Reply = { index: number; outcome: FileOutcome } | { index: number; error: string };

/** `bundle`: the module that runs runWorker() when loaded on a worker thread (the CLI bundle). */
export async function lintConcurrently(paths: string[], options: LintOptions, concurrency: Concurrency, bundle: URL): Promise<LintRun> {
  if (paths.includes('-')) return lint(paths, options);
  const linter = new Linter(options);
  const { files, problems } = linter.plan(paths);
  const threads = workerCount(concurrency, files.length);
  const outcomes = threads === 0 ? files.map((f) => linter.lintFile(f)) : await onWorkers(files, threads, options, bundle);
  return collectRun(problems, outcomes);
}

/** Each file's outcome, in file order, from `threads` workers fed one file at a time. */
async function onWorkers(files: string[], threads: number, options: LintOptions, bundle: URL): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (w: Worker) => {
        if (next < files.length) {
          const job: Job = { index: next, file: files[next] };
          next++;
          w.postMessage(job);
        }
      };
      for (let i = 0; i < threads; i++) {
        const w = new Worker(bundle, { workerData: { role: WORKER_ROLE, options } });
        workers.push(w);
        w.on('message', (reply: Reply) => {
          if ('error' in reply) return reject(new Error(reply.error));
          outcomes[reply.index] = reply.outcome;
          if (++done === files.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < files.length) reject(new Error(`a lint worker stopped (exit code ${code})`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/** The worker side: lint each file the main thread sends. */
export function runWorker(port: import('node:worker_threads').MessagePort, options: LintOptions): void {
  const linter = new Linter(options);
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { index: job.index, outcome: linter.lintFile(job.file) };
    } catch (e) {
      reply = { index: job.index, error: (e as Error).message.split('\n')[0] };
    }
    port.postMessage(reply);
  });
}
