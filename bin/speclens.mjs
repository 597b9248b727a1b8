#!/usr/bin/env node
// Runs the TypeScript CLI (cli/main.ts) through tsx, so the package needs no build step.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
// The project tsconfig extends the one `wxt prepare` generates; without it, tsx's defaults are enough.
const tsconfig = existsSync(new URL('.wxt/tsconfig.json', root)) ? fileURLToPath(new URL('tsconfig.json', root)) : false;
register({ tsconfig });

const { main } = await import(new URL('cli/main.ts', root).href);
process.exitCode = await main(process.argv.slice(2));
