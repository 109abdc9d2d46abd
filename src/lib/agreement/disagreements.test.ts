import { describe, expect, it } from 'vitest';
import { biggestDisagreements, type TRankedItem } from './disagreements.ts';

const four = ['never', 'rarely', 'often', 'always'];
const items: TRankedItem[] = [
  { questionId: 'collab', rowId: null, scale: four },
  { questionId: 'tasks', rowId: 'buy', scale: ['hard', 'ok', 'easy'] },
  { questionId: 'tasks', rowId: 'help', scale: ['hard', 'ok', 'easy'] },
];

describe('biggestDisagreements', () => {
  it('ranks items by how far apart the answers lie, as counts (hand-computed)', () => {
    // three executives: collab never / always / rarely; buy easy / easy / ok; help ok / hard / easy
    const counts = {
      collab: { never: 1, always: 1, rarely: 1 },
      tasks: { buy: { easy: 2, ok: 1 }, help: { ok: 1, hard: 1, easy: 1 } },
      // not a ranked item: ignored
      other: { x: 3 },
    };
    // collab positions 0, 3, 1: mean 4/3, AD = (4/3 + 5/3 + 1/3) / 3 = 10/9; over 3 steps = 10/27 ≈ 0.370
    // help positions 1, 0, 2: AD = (0 + 1 + 1) / 3 = 2/3; over 2 steps = 1/3 ≈ 0.333
    // buy positions 2, 2, 1: AD = (1/3 + 1/3 + 2/3) / 3 = 4/9; over 2 steps = 2/9 ≈ 0.222
    // one entry per question: the grid "tasks" shows its most divided row, help, not buy as well
    const ranked = biggestDisagreements(items, counts);
    expect(ranked.map((d) => `${d.questionId}/${d.rowId ?? ''}`)).toEqual([
      'collab/',
      'tasks/help',
    ]);
    expect(ranked[0]!.spread).toBeCloseTo(10 / 27, 12);
    expect(ranked[1]!.spread).toBeCloseTo(1 / 3, 12);
    // buy alone (2/9) when help agrees
    const buyOnly = { ...counts, tasks: { ...counts.tasks, help: { ok: 3 } } };
    expect(biggestDisagreements(items, buyOnly)[1]).toMatchObject({ rowId: 'buy' });
    expect(biggestDisagreements(items, buyOnly)[1]!.spread).toBeCloseTo(2 / 9, 12);
    expect(ranked[0]!.counts).toEqual([
      { optionId: 'never', count: 1 },
      { optionId: 'rarely', count: 1 },
      { optionId: 'often', count: 0 },
      { optionId: 'always', count: 1 },
    ]);
    expect(biggestDisagreements(items, counts, 1)).toHaveLength(1);
  });

  it('needs three answers to an item, leaves out unlisted (not-applicable) answers, and skips full agreement', () => {
    // collab: never, always, na; buy: easy × 3; help: na, hard
    const counts = {
      collab: { never: 1, always: 1, na: 1 },
      tasks: { buy: { easy: 3 }, help: { na: 1, hard: 1 } },
    };
    // collab has two answers on its scale, help one, buy agrees
    expect(biggestDisagreements(items, counts)).toEqual([]);
  });

  it("never takes a grid question's row-level counts for a single question's, nor the reverse", () => {
    expect(
      biggestDisagreements(items, { collab: { buy: { never: 3 } }, tasks: { easy: 3 } }),
    ).toEqual([]);
  });
});
