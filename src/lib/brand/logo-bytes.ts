/**
 * Whether a workspace's logo may be stored (issue 15), decided by its bytes
 * alone, never by its name or declared type. Pure; the database applies the
 * same rule and a test cross-checks the two. Bytes are 0-indexed, `n` is the
 * length, and the checks run in this order, the first that fails naming the
 * problem:
 *
 * 1. `too_large`: n > 204800 (200 KB).
 * 2. `not_an_image`: the bytes are none of these three (an empty file neither):
 *    - PNG: n ≥ 33; bytes 0-7 are 89 50 4E 47 0D 0A 1A 0A and bytes 8-15 are
 *      00 00 00 0D 49 48 44 52 (the first chunk is IHDR with its 13 data
 *      bytes; 33 = signature 8 + length 4 + type 4 + data 13 + CRC 4).
 *    - JPEG: n ≥ 5; bytes 0-2 are FF D8 FF and the last two bytes are FF D9.
 *    - WebP: n ≥ 20; bytes 0-3 are "RIFF", bytes 8-11 "WEBP", bytes 12-15
 *      "VP8 " (with the space), "VP8L" or "VP8X", and the little-endian
 *      unsigned 32-bit size in bytes 4-7 equals n − 8 (nothing after the
 *      RIFF container).
 * 3. `polyglot`: after mapping the bytes 41-5A (A-Z) to 61-7A (a-z) and no
 *    other byte, any of `<svg`, `<script`, `<?xml`, `<html`, `<!doctype`
 *    occurs at any offset (a browser sniffing the file could run it as markup).
 *
 * Otherwise null: the logo is accepted.
 */

/** The largest logo accepted, in bytes (200 KB). */
export const LOGO_MAX_BYTES = 204_800;

/** The image types a logo may be. */
export type TLogoType = 'png' | 'jpeg' | 'webp';

/** Why a logo is refused. */
export type TLogoProblem = 'too_large' | 'not_an_image' | 'polyglot';

/** Markup that must not occur anywhere in a logo, lowercase (matched case-insensitively in ASCII). */
export const POLYGLOT_MARKERS = ['<svg', '<script', '<?xml', '<html', '<!doctype'] as const;

/** The MIME type of each logo type, as the report's data: URL names it. */
export const LOGO_MIME: Record<TLogoType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

const PNG_START = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
];
const PNG_MIN = 33;
const JPEG_START = [0xff, 0xd8, 0xff];
const JPEG_END = [0xff, 0xd9];
const JPEG_MIN = 5;
const WEBP_MIN = 20;
const WEBP_CHUNKS = ['VP8 ', 'VP8L', 'VP8X'];

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

function bytesAt(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return expected.every((byte, index) => bytes[at + index] === byte);
}

function isWebp(bytes: Uint8Array): boolean {
  if (bytes.length < WEBP_MIN) return false;
  if (!bytesAt(bytes, 0, ascii('RIFF')) || !bytesAt(bytes, 8, ascii('WEBP'))) return false;
  if (!WEBP_CHUNKS.some((chunk) => bytesAt(bytes, 12, ascii(chunk)))) return false;
  const riffSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    4,
    true,
  );
  return riffSize === bytes.length - 8;
}

/** The image type the bytes are (rule 2 above), whatever their size or content; null for none. */
export function logoType(bytes: Uint8Array): TLogoType | null {
  if (bytes.length >= PNG_MIN && bytesAt(bytes, 0, PNG_START)) return 'png';
  if (
    bytes.length >= JPEG_MIN &&
    bytesAt(bytes, 0, JPEG_START) &&
    bytesAt(bytes, bytes.length - 2, JPEG_END)
  ) {
    return 'jpeg';
  }
  return isWebp(bytes) ? 'webp' : null;
}

const MARKERS = POLYGLOT_MARKERS.map(ascii);
const LESS_THAN = 0x3c;
const lower = (byte: number): number => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte);

/** Whether any polyglot marker occurs in the bytes (rule 3 above), ASCII letters in either case. */
export function hasMarkup(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(LESS_THAN); at !== -1; at = bytes.indexOf(LESS_THAN, at + 1)) {
    if (MARKERS.some((marker) => marker.every((byte, i) => lower(bytes[at + i] ?? -1) === byte))) {
      return true;
    }
  }
  return false;
}

/** Why the logo is refused, checked in the documented order; null when it is accepted. */
export function logoProblem(bytes: Uint8Array): TLogoProblem | null {
  if (bytes.length > LOGO_MAX_BYTES) return 'too_large';
  if (logoType(bytes) === null) return 'not_an_image';
  return hasMarkup(bytes) ? 'polyglot' : null;
}
