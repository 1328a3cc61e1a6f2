export { captureOutput } from '../../scripts/lib/capture.js';
