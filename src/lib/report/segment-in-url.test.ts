import { describe, expect, it } from 'vitest';
import { hashWithSegment, segmentFromHash } from './segment-in-url.ts';

const TOKEN = 'token=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

describe('segment in the URL fragment', () => {
  it('round-trips a segment beside the token, keeping the token first', () => {
    const hash = hashWithSegment(`#${TOKEN}`, { region: 'korea' });
    expect(hash).toBe(`#${TOKEN}&region=korea`);
    expect(segmentFromHash(hash)).toEqual({ region: 'korea' });
  });

  it('keeps the first attribute of an older link that names two: peer groups take one', () => {
    expect(segmentFromHash(`#${TOKEN}&industry=insurance&region=korea`)).toEqual({
      industry: 'insurance',
    });
  });

  it('drops attributes set back to "any", and ignores what is not a segment value', () => {
    const hash = hashWithSegment(`#${TOKEN}&industry=insurance&region=korea`, { region: 'korea' });
    expect(hash).toBe(`#${TOKEN}&region=korea`);
    expect(segmentFromHash(`#${TOKEN}&industry=<script>&colour=blue&region=japan`)).toEqual({
      region: 'japan',
    });
    expect(segmentFromHash('')).toEqual({});
  });
});
