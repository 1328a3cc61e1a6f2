/**
 * npm run regulations [-- --out DIR] — writes, for every service and language, the regulation's
 * action table and a mermaid diagram per channel, rebuilt from the service definitions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../shared/domain/i18n.js';
import { regulationMarkdown } from '../shared/domain/regulation-doc.js';
import { listServices } from '../shared/domain/services/index.js';

const i = process.argv.indexOf('--out');
const out = i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : join('.local', 'regulations');
mkdirSync(out, { recursive: true });
let n = 0;
for (const s of listServices()) {
  for (const lang of languages) {
    writeFileSync(join(out, `${s.id}.${lang}.md`), regulationMarkdown(s, lang));
    n++;
  }
}
console.log(`wrote ${n} files to ${out}`);
