/**
 * Loads the CLI bundle (CommonJS) with V8's compiled code kept between runs. Compiling a 700 KB
 * bundle, and then each function the first time it runs, is a large part of linting one file from
 * a pre-commit hook; with the code V8 produced on an earlier run, a run starts from bytecode.
 *
 * The cache is a file per bundle build under ~/.cache/policylint ($XDG_CACHE_HOME/policylint,
 * or $POLICYLINT_CACHE_DIR); POLICYLINT_NO_CODE_CACHE=1 turns it off. It never holds policy text,
 * and any problem with it (unwritable folder, a file from another build) only costs the compile.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { enableLinearRegExps } from '../rules/regexp-flags.js';
import { checksum } from '../checksum.js';
import { writeAtomically } from '../atomic-write.js';

export type CacheState = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** hit: V8 took the cached code; miss: there was none; rejected: V8 refused it (another Node, other flags). */
  cache: CacheState;
  /** Writes the code compiled so far, after a run, so that the functions the run needed are in it. */
  save(): void;
}

const SUFFIX = '.v8cache';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.POLICYLINT_NO_CODE_CACHE) return undefined;
  if (env.POLICYLINT_CACHE_DIR) return path.resolve(env.POLICYLINT_CACHE_DIR);
  // Only absolute folders (as the XDG spec says): an empty HOME must not put a cache in the
  // folder being linted.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'policylint');
  const home = homeDir();
  return home && path.isAbsolute(home) ? path.join(home, '.cache', 'policylint') : undefined;
}

function homeDir(): string | undefined {
  try {
    return os.homedir();
  } catch {
    return undefined;
  }
}

/**
 * The cache file for these bundle bytes on this Node. V8 itself checks only the source's length,
 * its own version and flags, so the name carries a checksum of the bytes: a rebuilt bundle of the
 * same length never meets code compiled from the old one.
 */
function cacheFile(dir: string, bundle: string, bytes: Buffer): string {
  const key = [checksum(bytes), bytes.length, process.version, process.arch].join('-');
  return path.join(dir, `${bundleName(bundle)}-${key}${SUFFIX}`);
}

const bundleName = (bundle: string) => path.basename(bundle).replace(/\.[^.]*$/, '');

function readCache(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes atomically (concurrent hook runs may race) and drops the bundle's files from earlier builds. */
function writeCache(file: string, bundle: string, data: Buffer): void {
  try {
    const dir = path.dirname(file);
    writeAtomically(file, data);
    const prefix = `${bundleName(bundle)}-`;
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(prefix) && f.endsWith(SUFFIX) && f !== path.basename(file)) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    // A cache that cannot be written only costs the next run its compile.
  }
}

export function loadBundle(bundle: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle {
  // The bundle sets these flags when it runs; set before compiling, cached code is made and
  // checked under the same flags.
  enableLinearRegExps();
  const bytes = fs.readFileSync(bundle);
  const dir = cacheDir(env);
  const file = dir ? cacheFile(dir, bundle, bytes) : undefined;
  const cachedData = readCache(file);
  // The same wrapper Node's CommonJS loader puts around a module, on one line, so line numbers hold.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const cache: CacheState = !file ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    exports: module.exports,
    cache,
    save() {
      if (file && cache !== 'hit') writeCache(file, bundle, script.createCachedData());
    },
  };
}
