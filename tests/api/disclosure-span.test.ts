import { describe, expect, it } from 'vitest';
import { PublishedSpan } from './disclosure-span.ts';

describe('PublishedSpan', () => {
  it('finds what subtraction reveals, and nothing else', () => {
    const span = new PublishedSpan();
    span.add([1, 1, 1, 1]); // the whole pool
    span.add([1, 1, 0, 0]); // industry A
    span.add([1, 0, 1, 0]); // size S
    expect(span.determines([0, 0, 1, 1])).toBe(true); // industry B = pool − A
    expect(span.determines([0, 1, 0, 1])).toBe(true); // not S
    expect(span.determines([1, 0, 0, 0])).toBe(false); // A and S: not a sum of margins
    span.add([1, 0, 0, 0]);
    expect(span.determines([0, 0, 0, 1])).toBe(true); // now B and not S follows
  });
});
