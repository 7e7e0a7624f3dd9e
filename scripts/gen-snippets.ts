// Writes snippets/nianbao.code-snippets from the schema (run by scripts/build.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { snippetsFileText } from '../server/src/service/features/snippets';

const target = resolve(process.argv[2] ?? 'snippets/nianbao.code-snippets');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, snippetsFileText());
