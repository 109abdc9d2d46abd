import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.ts';

describe('isoDate', () => {
  it('writes year-month-day with zero padding, for a string or a Date', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    const local = new Date(2026, 11, 2, 9, 30);
    expect(isoDate(local.toISOString())).toBe('2026-12-02');
  });
});
