/**
 * The chosen peer segment kept in the URL fragment beside the token
 * (`#token=…&industry=insurance&region=korea`), so a reload, a bookmark or a
 * copied link reopens the same comparison. Values are identifiers; anything
 * else in the fragment is ignored, and the database refuses unknown values.
 * Peer groups take one attribute: an older link naming several keeps the first.
 */
import { SEGMENT_ATTRIBUTES } from '../benchmark/anonymity.ts';
import type { TSegment } from '../api/benchmark-report.ts';

const VALUE = /^[a-z0-9_]{1,64}$/;

export function segmentFromHash(hash: string): TSegment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const segment: TSegment = {};
  for (const attribute of SEGMENT_ATTRIBUTES) {
    const value = params.get(attribute);
    if (value && VALUE.test(value)) return { [attribute]: value };
  }
  return segment;
}

/** The fragment with the segment's attributes replaced; every other parameter (the token) kept. */
export function hashWithSegment(hash: string, segment: TSegment): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const attribute of SEGMENT_ATTRIBUTES) {
    const value = segment[attribute];
    if (value) params.set(attribute, value);
    else params.delete(attribute);
  }
  return `#${params.toString()}`;
}
