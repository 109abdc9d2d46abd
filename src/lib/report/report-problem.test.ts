import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { reportProblemKey } from './report-problem.ts';

describe('reportProblemKey', () => {
  it('tells an unknown report link from an unknown share link', () => {
    const notFound = new ApiError('no such report', 'PT404');
    expect(reportProblemKey(notFound, 'owner')).toBe('report.notFound');
    expect(reportProblemKey(notFound, 'shared')).toBe('report.shareNotFound');
  });

  it('says a malformed or weak token makes the link invalid, for owners and readers alike', () => {
    for (const errorCode of ['invalid_token', 'weak_token']) {
      const invalid = new ApiError('This link is not valid', '22023', errorCode);
      expect(reportProblemKey(invalid, 'owner')).toBe('report.invalidLink');
      expect(reportProblemKey(invalid, 'shared')).toBe('report.invalidLink');
    }
    expect(reportProblemKey(new ApiError('bad segment', '22023', 'invalid_segment'), 'owner')).toBe(
      undefined,
    );
  });

  it('says a revoked or expired share link is gone', () => {
    expect(reportProblemKey(new ApiError('revoked', 'PT410'), 'shared')).toBe('report.shareGone');
  });

  it('leaves any other failure to its own message', () => {
    expect(reportProblemKey(new ApiError('boom', 'P0001'), 'owner')).toBeUndefined();
    expect(reportProblemKey(new TypeError('Failed to fetch'), 'owner')).toBeUndefined();
    expect(reportProblemKey({ code: 'PT404' }, 'owner')).toBeUndefined();
  });
});
