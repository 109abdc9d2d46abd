import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  deliver,
  PermanentFailure,
  RetryLater,
  type TQueueState,
} from './submission-queue.ts';

describe('backoffDelay', () => {
  it('doubles from the base and caps at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelay(attempt, 1000, 30_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});

describe('deliver', () => {
  it('retries transient failures with growing waits until the send succeeds', async () => {
    const states: TQueueState[] = [];
    const waits: number[] = [];
    let calls = 0;
    const result = await deliver(
      async () => {
        calls++;
        if (calls < 4) throw new Error('Failed to fetch');
        return 'stored';
      },
      {
        onState: (state) => states.push(state),
        wait: async (ms) => void waits.push(ms),
        baseDelayMs: 100,
      },
    );
    expect(result).toBe('stored');
    expect(calls).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
    expect(states.at(-1)).toEqual({ kind: 'delivered' });
    expect(states.filter((s) => s.kind === 'waiting')).toHaveLength(3);
  });

  it('waits as long as a rate limit says, then backs off as usual again', async () => {
    const waits: number[] = [];
    const states: TQueueState[] = [];
    let calls = 0;
    const result = await deliver(
      async () => {
        calls++;
        if (calls === 1) throw new RetryLater('Too many requests', 1_234_000);
        if (calls === 2) throw new Error('Failed to fetch');
        return 'stored';
      },
      {
        onState: (state) => states.push(state),
        wait: async (ms) => void waits.push(ms),
        baseDelayMs: 100,
      },
    );
    expect(result).toBe('stored');
    expect(waits).toEqual([1_234_000, 200]);
    const waiting = states.filter((s) => s.kind === 'waiting');
    expect(waiting.map((s) => s.kind === 'waiting' && s.limited === true)).toEqual([true, false]);
  });

  it('stops at once when the server refuses the content', async () => {
    const states: TQueueState[] = [];
    let calls = 0;
    const result = await deliver(
      async () => {
        calls++;
        throw new PermanentFailure('Question "industry" is required.');
      },
      { onState: (state) => states.push(state), wait: async () => undefined },
    );
    expect(result).toBeUndefined();
    expect(calls).toBe(1);
    expect(states.at(-1)).toEqual({ kind: 'refused', message: 'Question "industry" is required.' });
  });

  it('retries at once when the browser comes back online', async () => {
    let online: (() => void) | undefined;
    let calls = 0;
    const started = Date.now();
    const result = await deliver(
      async () => {
        calls++;
        if (calls === 1) {
          setTimeout(() => online?.(), 5);
          throw new Error('offline');
        }
        return 'ok';
      },
      {
        onState: () => undefined,
        baseDelayMs: 60_000,
        onOnline: (callback) => {
          online = callback;
          return () => (online = undefined);
        },
      },
    );
    expect(result).toBe('ok');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(online).toBeUndefined();
  });
});
