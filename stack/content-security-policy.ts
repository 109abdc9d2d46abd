/**
 * The Content-Security-Policy of a built HTML page: scripts only from this
 * origin plus the page's own inline scripts (Astro's island loader), allowed
 * by their SHA-256 hashes, so that injected markup cannot run script and
 * read the report or share token in the URL fragment. Styles may be inline
 * (Svelte, Chart.js and SurveyJS set style attributes); nothing may frame
 * the page, and requests go to this origin only (the API is same-origin).
 */
import { createHash } from 'node:crypto';

/** `<script …>body</script>` without a `src` attribute; group 1 is the attributes, group 2 the body. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** The `'sha256-…'` sources of the inline scripts in `html`, in order of appearance, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** The policy header value for one HTML page. */
export function contentSecurityPolicy(html: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
