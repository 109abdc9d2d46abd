import { describe, expect, it } from 'vitest';
import { linkTokenFromHash, newToken, TOKEN_PATTERN, tokenFromHash } from './tokens.ts';

describe('newToken', () => {
  it('encodes 32 random bytes as 43 base64url characters', () => {
    const token = newToken();
    expect(token).toMatch(TOKEN_PATTERN);
    expect(newToken()).not.toBe(token);
  });

  it('maps bytes to the URL-safe alphabet without padding', () => {
    const allOnes = newToken((bytes) => bytes.fill(0xff));
    // 256 one-bits: 42 six-bit groups of 63 ('_'), then 1111 padded with 00 = 60 ('8').
    expect(allOnes).toBe('_'.repeat(42) + '8');
    const withPlus = newToken((bytes) => bytes.fill(0xfb));
    expect(withPlus).not.toMatch(/[+/=]/);
  });
});

describe('tokenFromHash', () => {
  const token = 'a'.repeat(43);
  it('reads a well-formed token from the fragment', () => {
    expect(tokenFromHash(`#resume=${token}`, 'resume')).toBe(token);
    expect(tokenFromHash(`#lang=ko&token=${token}`, 'token')).toBe(token);
  });
  it('ignores missing or malformed tokens', () => {
    expect(tokenFromHash('', 'resume')).toBeUndefined();
    expect(tokenFromHash('#resume=short', 'resume')).toBeUndefined();
    expect(tokenFromHash(`#other=${token}`, 'resume')).toBeUndefined();
  });
});

describe('linkTokenFromHash', () => {
  it('tells a missing token from one that cannot be a token', () => {
    const token = newToken();
    expect(linkTokenFromHash(`#token=${token}`, 'token')).toBe(token);
    expect(linkTokenFromHash('', 'token')).toBe('missing');
    expect(linkTokenFromHash('#share=abc', 'token')).toBe('missing');
    expect(linkTokenFromHash('#token=abc', 'token')).toBe('invalid');
    expect(linkTokenFromHash(`#token=${token}x`, 'token')).toBe('invalid');
    expect(linkTokenFromHash('#token=<script>', 'token')).toBe('invalid');
  });
});
