import { config } from '../../config.js';
import type { ResultRenderer } from '../../ports/index.js';
import { PdfResultRenderer } from '../pdf-result-renderer.js';
import { once } from './core.js';

export const resultRenderer = /* @__PURE__ */ once<ResultRenderer>(() => new PdfResultRenderer(config.publicBaseUrl(), config.resultFontProgram()));
