import { describe, expect, it } from 'vitest';
import { editionCitation } from './citation.ts';

const edition = {
  label: '2026-H2',
  n: 412,
  fieldworkFrom: '2026-07-01',
  fieldworkTo: '2026-12-31',
  frozenAt: '2027-01-02T09:00:00.000000Z',
  sha256: 'a'.repeat(64),
};

describe('editionCitation', () => {
  it('names the publisher, the year frozen, the edition with its n and fieldwork, the page and the hash', () => {
    expect(
      editionCitation(
        edition,
        {
          publisher: 'Digital CX Benchmark',
          title: 'Digital CX benchmark, edition {label} (n = {n}; fieldwork {from} to {to})',
          dataset: '[Data set]',
        },
        'https://example.org/research/',
      ),
    ).toBe(
      `Digital CX Benchmark (2027). Digital CX benchmark, edition 2026-H2 (n = 412; fieldwork 2026-07-01 to 2026-12-31) [Data set]. https://example.org/research/. SHA-256 ${'a'.repeat(64)}.`,
    );
  });
});
