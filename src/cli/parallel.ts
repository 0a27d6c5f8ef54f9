/**
 * Lints many files on several threads (--concurrency): the main thread and N-1 workers take files
 * one at a time from one queue; outcomes are put back in file order, so the report is the same as
 * a run on one thread. The main thread starts linting at once, while the workers load the bundle
 * and the rules; a run too small to repay a worker's start-up stays on the main thread.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ResultCache } from '../cache/results.js';
import { Linter, collectRun, lint, type FileOutcome, type LintOptions, type LintRun } from '../lint.js';
import type { LoadedPolicy } from '../load/read.js';

/** auto starts a worker only when each thread gets at least this many files. */
const FILES_PER_THREAD = 8;
const MAX_AUTO_THREADS = 4;

export type Concurrency = number | 'auto' | 'off';

export function parseConcurrency(value: unknown): Concurrency {
  if (value === 'auto') return 'auto';
  // Off by default: on a 2-CPU machine a second lint thread did not shorten a run (V8's GC and
  // compiler threads already keep the second CPU busy); on more CPUs, auto is worth trying.
  if (value === undefined || value === 'off') return 'off';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency takes a whole number of threads, "auto" or "off" (got "${value}")`);
  return n;
}

/** Threads that lint, the main thread included. */
export function threadCount(concurrency: Concurrency, files: number, cpus = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, files));
  return Math.max(1, Math.min(cpus, MAX_AUTO_THREADS, Math.floor(files / FILES_PER_THREAD)));
}

interface Job {
  index: number;
  file: string;
}
type Reply = { index: number; outcome: FileOutcome } | { index: number; error: string };

/** `bundle`: the CommonJS module whose runWorkerThread() a worker calls (the CLI bundle). */
export async function lintConcurrently(paths: string[], options: LintOptions, concurrency: Concurrency, bundle: string, cache?: ResultCache): Promise<LintRun> {
  if (paths.includes('-')) return lint(paths, options);
  const linter = new Linter(options);
  const { files, problems } = linter.plan(paths);
  const lintAll = async (todo: string[], read?: (file: string) => LoadedPolicy | undefined) => {
    const threads = threadCount(concurrency, todo.length);
    if (threads > 1) return onThreads(todo, threads - 1, linter, options, bundle);
    // On one thread a file the cache lookup already read is not read again.
    return todo.map((f) => {
      const loaded = read?.(f);
      return loaded ? linter.lintRead(f, loaded) : linter.lintFile(f);
    });
  };
  const outcomes = cache ? await withCache(files, cache, linter, lintAll) : await lintAll(files);
  return collectRun(problems, outcomes, linter.cwd);
}

/** --cache: the outcomes the cache holds, and the others linted (then kept), in file order. */
async function withCache(
  files: string[],
  cache: ResultCache,
  linter: Linter,
  lintAll: (todo: string[], read: (file: string) => LoadedPolicy | undefined) => Promise<FileOutcome[]>,
): Promise<FileOutcome[]> {
  const lookups = new Map(files.map((f) => [f, linter.fromCache(cache, f)]));
  const todo = files.filter((f) => !lookups.get(f)!.outcome);
  const fresh = await lintAll(todo, (f) => lookups.get(f)?.loaded);
  todo.forEach((f, i) => {
    const key = lookups.get(f)!.key;
    if (key) cache.set(f, key, fresh[i]);
  });
  const byFile = new Map(todo.map((f, i) => [f, fresh[i]]));
  return files.map((f) => lookups.get(f)!.outcome ?? byFile.get(f)!);
}

/** Each file's outcome, in file order, from the main thread and `workers` workers. */
async function onThreads(files: string[], workers: number, linter: Linter, options: LintOptions, bundle: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const started: Worker[] = [];
  // Loaded here rather than imported: a run on one thread, the usual one, never needs it.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let failed = false;
      const finish = () => {
        if (++done === files.length) resolve();
      };
      const feed = (w: Worker) => {
        if (next < files.length) {
          const job: Job = { index: next, file: files[next] };
          next++;
          w.postMessage(job);
        }
      };
      const fail = (e: Error) => {
        failed = true;
        reject(e);
      };
      for (let i = 0; i < workers; i++) {
        const w = new Worker(`require(${JSON.stringify(bundle)}).runWorkerThread();`, { eval: true, workerData: { options } });
        started.push(w);
        w.on('message', (reply: Reply) => {
          if ('error' in reply) return fail(new Error(reply.error));
          outcomes[reply.index] = reply.outcome;
          feed(w);
          finish();
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (done < files.length) fail(new Error(`a lint worker stopped (exit code ${code})`));
        });
        feed(w);
      }
      // One file per turn of the event loop, so replies are taken and workers fed in between.
      const onMain = () => {
        if (failed || next >= files.length) return;
        const index = next++;
        try {
          outcomes[index] = linter.lintFile(files[index]);
        } catch (e) {
          return fail(e as Error);
        }
        finish();
        setImmediate(onMain);
      };
      setImmediate(onMain);
    });
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
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
