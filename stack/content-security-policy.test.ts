import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy.ts';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each inline script, once each, and skips external ones', () => {
    const loader = '(()=>{self.Astro={};})();';
    const island = 'customElements.define("x-y", class extends HTMLElement {});\n';
    const html = `<head><script>${loader}</script><script type="module" src="/_astro/a.js"></script></head>
      <body><SCRIPT type="module">${island}</SCRIPT><script>${loader}</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(loader), sha256(island)]);
  });

  it('finds none in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>no script</p><script src="/a.js"></script>')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from this origin and the hashed inline ones only, and no framing', () => {
    const policy = contentSecurityPolicy('<script>alert(1)</script>');
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'", sha256('alert(1)')]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });
});
