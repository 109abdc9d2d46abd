/**
 * Delivers a submission however long the network or server is away: retries
 * with capped exponential backoff, at once when the browser comes back
 * online, and stops only on success or on an answer that retrying cannot
 * change (the server refused the content). A rate-limited attempt waits as
 * long as the server says (`RetryLater`).
 */

export type TQueueState =
  | { kind: 'sending'; attempt: number }
  | {
      kind: 'waiting';
      attempt: number;
      retryInMs: number;
      reason: string;
      /** The server set the wait (a rate limit), not the backoff. */
      limited?: boolean;
    }
  | { kind: 'delivered' }
  | { kind: 'refused'; message: string };

/** Thrown by `send` when the server refused the content: retrying cannot help. */
export class PermanentFailure extends Error {}

/** Thrown by `send` when the server said when to come back (a rate limit): wait that long. */
export class RetryLater extends Error {
  readonly retryInMs: number;
  constructor(message: string, retryInMs: number) {
    super(message);
    this.retryInMs = retryInMs;
  }
}

export type TQueueOptions = {
  onState: (state: TQueueState) => void;
  /** Waits `ms`, or less when `wake` is called (the browser came back online). */
  wait?: (ms: number, signal: { wake?: () => void }) => Promise<void>;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Registers a callback for "network is back"; returns an unsubscribe function. */
  onOnline?: (callback: () => void) => () => void;
};

export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

const defaultWait = (ms: number, signal: { wake?: () => void }) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });

/** Resolves with the result of the first successful `send`. */
export async function deliver<T>(
  send: () => Promise<T>,
  options: TQueueOptions,
): Promise<T | undefined> {
  const wait = options.wait ?? defaultWait;
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 30_000;
  const signal: { wake?: () => void } = {};
  const unsubscribe = options.onOnline?.(() => signal.wake?.()) ?? (() => undefined);
  try {
    for (let attempt = 1; ; attempt++) {
      options.onState({ kind: 'sending', attempt });
      try {
        const result = await send();
        options.onState({ kind: 'delivered' });
        return result;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof PermanentFailure) {
          options.onState({ kind: 'refused', message });
          return undefined;
        }
        const retryInMs =
          error instanceof RetryLater ? error.retryInMs : backoffDelay(attempt, base, max);
        options.onState({
          kind: 'waiting',
          attempt,
          retryInMs,
          reason: message,
          ...(error instanceof RetryLater ? { limited: true } : {}),
        });
        await wait(retryInMs, signal);
      }
    }
  } finally {
    unsubscribe();
  }
}
