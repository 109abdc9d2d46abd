/**
 * A logo file as the browser reads it, ready for `api.set_workspace_brand`:
 * its bytes in base64, checked first by the same rule the database applies
 * (logo-bytes.ts) so the consultant hears at once what is wrong.
 */
import { LOGO_MIME, logoProblem, logoType, type TLogoProblem } from './logo-bytes.ts';

export type TLogoFile =
  { ok: true; base64: string; preview: string } | { ok: false; problem: TLogoProblem };

/** Base64 of the bytes, in chunks (a spread of 200 KB of arguments would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** The checked logo, or why it is refused. */
export function readLogo(bytes: Uint8Array): TLogoFile {
  const problem = logoProblem(bytes);
  const type = logoType(bytes);
  if (problem !== null || type === null) return { ok: false, problem: problem ?? 'not_an_image' };
  const base64 = toBase64(bytes);
  return { ok: true, base64, preview: `data:${LOGO_MIME[type]};base64,${base64}` };
}
