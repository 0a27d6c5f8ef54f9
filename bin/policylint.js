#!/usr/bin/env node
// Runs the committed bundle, so a global install (pre-commit) and a fresh clone need no build step.
import { runCli } from '../dist/cli.js';

runCli().then((code) => {
  process.exitCode = code;
});
