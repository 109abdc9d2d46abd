import { createHash, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, solveChallenge } from './proof-of-work.ts';

/** A challenge made as the database makes one, with node's own SHA-256. */
function challengeFor(number: number, maxnumber: number) {
  const salt = randomBytes(16).toString('hex');
  const challenge = createHash('sha256').update(`${salt}${number}`).digest('hex');
  return { salt, challenge, maxnumber };
}

describe('proof of work', () => {
  it('hashes as node does', async () => {
    expect(await sha256Hex('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('finds the secret number, across batch boundaries and at both ends of the range', async () => {
    for (const number of [0, 999, 1000, 4321, randomInt(0, 5001), 5000]) {
      const made = challengeFor(number, 5000);
      expect(await solveChallenge(made)).toEqual({ salt: made.salt, number });
      expect(await solveChallenge(made, 7)).toEqual({ salt: made.salt, number });
    }
  });

  it('gives up when no number in range fits', async () => {
    const made = challengeFor(2001, 2000);
    expect(await solveChallenge(made)).toBeUndefined();
  });
});
