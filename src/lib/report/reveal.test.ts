import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealPlan, yieldToMain } from './reveal.ts';

describe('revealPlan', () => {
  const step = (parts: number, cards = 0, studyRows = 0, share = false) => ({
    summary: parts >= 1,
    peers: parts >= 2,
    radar: parts >= 3,
    dimensions: parts >= 4,
    cards,
    studyRows,
    share,
  });

  it('goes from the headline alone to the whole report, cards and study rows a chunk a step', () => {
    expect(revealPlan({ cards: 6, studyRows: 25 }, { cards: 4, studyRows: 10 })).toEqual([
      step(0),
      step(1),
      step(2),
      step(3),
      step(4),
      step(4, 4),
      step(4, 6),
      step(4, 6, 10),
      step(4, 6, 20),
      step(4, 6, 25),
      step(4, 6, 25, true),
    ]);
  });

  it('never takes anything back from one step to the next', () => {
    const plan = revealPlan({ cards: 5, studyRows: 31 }, { cards: 2, studyRows: 4 });
    plan.slice(1).forEach((next, index) => {
      const before = plan[index]!;
      expect(next.cards).toBeGreaterThanOrEqual(before.cards);
      expect(next.studyRows).toBeGreaterThanOrEqual(before.studyRows);
      for (const part of ['summary', 'peers', 'radar', 'dimensions', 'share'] as const) {
        if (before[part]) expect(next[part]).toBe(true);
      }
    });
    expect(plan.at(-1)).toEqual(step(4, 5, 31, true));
  });

  it('has no card or study steps without cards or rows, and rejects a chunk below one', () => {
    expect(revealPlan({ cards: 0, studyRows: 0 }, { cards: 2, studyRows: 10 })).toEqual([
      step(0),
      step(1),
      step(2),
      step(3),
      step(4),
      step(4, 0, 0, true),
    ]);
    expect(
      revealPlan({ cards: 2, studyRows: 10 }, { cards: 2, studyRows: 10 }).map((s) => s.studyRows),
    ).toEqual([0, 0, 0, 0, 0, 0, 10, 10]);
    expect(() => revealPlan({ cards: 1, studyRows: 10 }, { cards: 1, studyRows: 0 })).toThrow(
      RangeError,
    );
    expect(() => revealPlan({ cards: 1, studyRows: 10 }, { cards: 1.5, studyRows: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('yieldToMain', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves after the tasks queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldToMain();
    order.push('after the yield');
    expect(order).toEqual(['queued task', 'after the yield']);
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledOnce();
  });
});
