import { describe, expect, it } from 'vitest';
import { PNG, PNG_POLYGLOT, SVG, pngOfSize } from '../../../tests/fixtures/logo-samples.ts';
import { readLogo, toBase64 } from './logo-file.ts';

describe('readLogo', () => {
  it('gives a checked image its base64 and a preview of its real type', () => {
    const read = readLogo(PNG);
    expect(read).toEqual({
      ok: true,
      base64: Buffer.from(PNG).toString('base64'),
      preview: `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`,
    });
  });

  it('names the problem of an SVG, a polyglot and an oversized file', () => {
    expect(readLogo(SVG)).toEqual({ ok: false, problem: 'not_an_image' });
    expect(readLogo(PNG_POLYGLOT)).toEqual({ ok: false, problem: 'polyglot' });
    expect(readLogo(pngOfSize(204_801))).toEqual({ ok: false, problem: 'too_large' });
  });

  it('encodes 200 KB in chunks exactly as Node does', () => {
    const big = pngOfSize(204_800);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
