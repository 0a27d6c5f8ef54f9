#!/usr/bin/env node
// The language server alone (`policylint-lsp --stdio`), for editors configured with one command.
'use strict';

import('../dist/lsp.js').then(({ runLsp }) => runLsp(process.argv.slice(2)));
