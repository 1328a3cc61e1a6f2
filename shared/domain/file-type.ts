/** Scans the platform accepts (seed 001 ¶8.5: scanned documents), recognised by their bytes. */
export const allowedContentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AllowedContentType = (typeof allowedContentTypes)[number];
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** How many leading bytes `sniffContentType` needs. */
export const SNIFF_BYTES = 8;

export function isAllowedContentType(v: unknown): v is AllowedContentType {
  return typeof v === 'string' && (allowedContentTypes as readonly string[]).includes(v);
}

/** The real type of a file from its magic bytes, or null if it is none of the allowed ones. */
export function sniffContentType(head: Uint8Array): AllowedContentType | null {
  const b = (i: number) => head[i];
  // %PDF-
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46 && b(4) === 0x2d) return 'application/pdf';
  // FF D8 FF
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  // 89 50 4E 47 0D 0A 1A 0A
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((x, i) => b(i) === x)) return 'image/png';
  return null;
}

/** File names end up in S3 metadata and the agency's screen: keep them plain and short. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return cleaned || 'file';
}
