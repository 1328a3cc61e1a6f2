/** The encoder alone (qrcode's main entry also loads its PNG, SVG and terminal renderers). */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions, QRCodeSegment } from 'qrcode';
  export function create(data: string | QRCodeSegment[], options?: QRCodeOptions): QRCode;
}
