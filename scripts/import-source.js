// Imports a TypeScript module of src/ from a script: bundled with esbuild into dist/ for a moment,
// so that the code finds this project's rules/ next to it as the shipped bundles do, then removed.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** `entry`: a path under root ("src/rules/docs.ts"). Resolves to the module's exports. */
export async function importSource(root, entry) {
  const bundle = path.join(root, 'dist', `.${path.basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  try {
    return await import(bundle);
  } finally {
    fs.rmSync(bundle, { force: true });
  }
}
