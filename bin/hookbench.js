#!/usr/bin/env node
// Launcher for the CLI face: checks what the built CLI cannot check for itself, then runs it.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `Hookbench needs Node.js 22.13 or newer (it stores deliveries with node:sqlite); this is ${process.version}. ` +
      'See the README, "Requirements", for how to get a newer Node.',
  );
  process.exit(1);
}

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error(`Hookbench is not built yet: run \`npm run build\` in ${join(__dirname, '..')}, then try again.`);
  process.exit(1);
}
require(cli);
