import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealPlan, yieldToMain } from './reveal.ts';

describe('revealPlan', () => {
  it('goes from the headline alone to the whole report, the study table a chunk a step', () => {
    const step = (parts: number, studyRows = 0, share = false) => ({
      peers: parts >= 1,
      dimensions: parts >= 2,
      priorities: parts >= 3,
      studyRows,
      share,
    });
    expect(revealPlan(25, 10)).toEqual([
      step(0),
      step(1),
      step(2),
      step(3),
      step(3, 10),
      step(3, 20),
      step(3, 25),
      step(3, 25, true),
    ]);
  });

  it('never takes anything back from one step to the next', () => {
    const plan = revealPlan(31, 4);
    plan.slice(1).forEach((step, index) => {
      const before = plan[index]!;
      expect(step.studyRows).toBeGreaterThanOrEqual(before.studyRows);
      for (const part of ['peers', 'dimensions', 'priorities', 'share'] as const) {
        if (before[part]) expect(step[part]).toBe(true);
      }
    });
    expect(plan.at(-1)).toEqual({
      peers: true,
      dimensions: true,
      priorities: true,
      studyRows: 31,
      share: true,
    });
  });

  it('has no study steps without study rows, and rejects a chunk below one', () => {
    expect(revealPlan(0, 10).map((step) => step.studyRows)).toEqual([0, 0, 0, 0, 0]);
    expect(revealPlan(10, 10).map((step) => step.studyRows)).toEqual([0, 0, 0, 0, 10, 10]);
    expect(() => revealPlan(10, 0)).toThrow(RangeError);
    expect(() => revealPlan(10, 1.5)).toThrow(RangeError);
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
