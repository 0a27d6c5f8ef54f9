#!/usr/bin/env node
// The language server alone (`policylint-lsp --stdio`), for editors configured with one command.
import { runLsp } from '../dist/lsp.js';

runLsp(process.argv.slice(2));
