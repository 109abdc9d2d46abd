import { describe, expect, it } from 'vitest';
import {
  classesAt,
  exposedGroups,
  planPackage,
  writtenGroupCounts,
  type TMemberGroup,
  type TPackageCombination,
} from './edition-difference.ts';
import { QUASI_IDENTIFIER_HIERARCHIES, QUASI_IDENTIFIERS } from './hierarchies.ts';
import { combinationKey } from './quasi-identifiers.ts';
import { strictLocalSuppression } from './strict-suppression.ts';

const K = 5;
const OPTIONS = { keys: QUASI_IDENTIFIERS, k: K, hierarchies: QUASI_IDENTIFIER_HIERARCHIES };
const asIs = (_attribute: string, value: string) => value;

const combo = (
  industry: string,
  rows: number,
  rest: Partial<TPackageCombination> = {},
): TPackageCombination => ({
  industry,
  company_size: 'size_250_999',
  region: 'korea',
  business_model: 'b2c',
  rows,
  ...rest,
});

/** The edition's organisations per group: the package's combinations plus those not in it. */
function membersOf(
  combos: readonly TPackageCombination[],
  outside: readonly TPackageCombination[] = [],
): TMemberGroup[] {
  const counts = new Map<string, TMemberGroup>();
  for (const c of [...combos, ...outside]) {
    for (const [attribute, value] of [
      ['all', '*'],
      ...QUASI_IDENTIFIERS.map((key) => [key, c[key]] as const),
    ] as const) {
      if (value === null) continue;
      const key = `${attribute}=${value}`;
      const group = counts.get(key) ?? { attribute, value, organisations: 0 };
      group.organisations += c.rows;
      counts.set(key, group);
    }
  }
  return [...counts.values()];
}

const written = (combos: readonly TPackageCombination[]) =>
  writtenGroupCounts(
    combos.map((c) => ({ values: QUASI_IDENTIFIERS.map((key) => c[key]), count: c.rows })),
    QUASI_IDENTIFIERS,
  );

/** Every check a package must pass, on a plan. */
function expectSafe(
  plan: NonNullable<ReturnType<typeof planPackage>>,
  combos: readonly TPackageCombination[],
  members: readonly TMemberGroup[],
) {
  const counts = new Map<string, number>();
  combos.forEach((c, i) => {
    const shared = plan.shares[i]!.reduce((sum, part) => sum + part.count, 0);
    expect(shared + plan.heldBack[i]!).toBe(c.rows);
    for (const part of plan.shares[i]!) {
      const key = combinationKey(part.values);
      counts.set(key, (counts.get(key) ?? 0) + part.count);
    }
  });
  for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(K);
  const groups = writtenGroupCounts(plan.shares.flat(), QUASI_IDENTIFIERS);
  const classOf = classesAt(plan.levels, QUASI_IDENTIFIER_HIERARCHIES);
  expect(exposedGroups(members, groups, classOf, K)).toEqual([]);
}

describe('exposedGroups', () => {
  it('flags a group that one declining organisation would be subtracted from', () => {
    const members = membersOf([combo('insurance', 5), combo('retail', 6)], [combo('insurance', 1)]);
    expect(
      exposedGroups(members, written([combo('insurance', 5), combo('retail', 6)]), asIs, K),
    ).toEqual([
      { attribute: 'all', value: '*', missing: 1 },
      { attribute: 'industry', value: 'insurance', missing: 1 },
      { attribute: 'company_size', value: 'size_250_999', missing: 1 },
      { attribute: 'region', value: 'korea', missing: 1 },
      { attribute: 'business_model', value: 'b2c', missing: 1 },
    ]);
  });

  it('counts a blanked value as missing from its group, as a left-out row is', () => {
    // 21 b2c organisations, one of whose business model the file blanks
    const members = membersOf([combo('insurance', 21)]);
    const file = [combo('insurance', 20), combo('insurance', 1, { business_model: null })];
    expect(exposedGroups(members, written(file), asIs, K)).toEqual([
      { attribute: 'business_model', value: 'b2c', missing: 1 },
    ]);
  });

  it('counts recoded values as their class, and never a group of fewer than k', () => {
    const members: TMemberGroup[] = [
      { attribute: 'company_size', value: 'size_1_49', organisations: 3 },
      { attribute: 'company_size', value: 'size_50_249', organisations: 4 },
      { attribute: 'region', value: 'japan', organisations: 3 },
    ];
    const classOf = classesAt({ company_size: 1 }, QUASI_IDENTIFIER_HIERARCHIES);
    // class 1–249 holds 7, of which 6 are written: one missing
    const counts = new Map([['company_size=size_1_249', 6]]);
    expect(exposedGroups(members, counts, classOf, K)).toEqual([
      { attribute: 'company_size', value: 'size_1_249', missing: 1 },
    ]);
    // japan (3) lacks all three, but no figure of fewer than k is published anywhere
    expect(exposedGroups(members, new Map([['company_size=size_1_249', 7]]), classOf, K)).toEqual(
      [],
    );
  });
});

describe('planPackage', () => {
  it('holds back k − m more rows of a group that would lack only m', () => {
    const combos = [combo('insurance', 10), combo('retail', 6)];
    const members = membersOf(combos, [combo('insurance', 1)]);
    const plan = planPackage(members, combos, OPTIONS)!;
    expect(plan.heldBack).toEqual([4, 0]);
    expectSafe(plan, combos, members);
  });

  it('takes rows that fill several exposed groups at once, so fewer are held back', () => {
    const cell = (industry: string, size: string, rows: number) =>
      combo(industry, rows, { company_size: size });
    const combos = [
      cell('a', 'size_250_999', 6),
      cell('a', 'size_1000_4999', 12),
      cell('b', 'size_250_999', 12),
      cell('b', 'size_1000_4999', 12),
    ];
    // one organisation of (a, 250–999) declined: the pool, industry a and that size each lack one
    const members = membersOf(combos, [cell('a', 'size_250_999', 1)]);
    const plan = planPackage(members, combos, OPTIONS)!;
    expect(plan.heldBack).toEqual([4, 0, 0, 0]);
    expectSafe(plan, combos, members);
  });

  it('undoes no suppression: a group whose value was blanked on a few rows loses k of them or none', () => {
    // a lone retail organisation among 54 insurers: strict k blanks its industry... and the industry figures
    // minus the file would give it
    const combos = [
      combo('insurance', 54),
      combo('retail', 1, { company_size: 'size_1_49' }),
      combo('retail', 5, { company_size: 'size_50_249', region: 'japan' }),
    ];
    const members = membersOf(combos);
    const plain = strictLocalSuppression(
      combos.map((c) => ({ values: QUASI_IDENTIFIERS.map((key) => c[key]), count: c.rows })),
      OPTIONS,
    );
    const plainGroups = writtenGroupCounts(plain.shares.flat(), QUASI_IDENTIFIERS);
    expect(
      exposedGroups(members, plainGroups, classesAt(plain.levels, OPTIONS.hierarchies), K),
    ).not.toEqual([]);
    const plan = planPackage(members, combos, OPTIONS)!;
    expectSafe(plan, combos, members);
  });

  it('is safe on random tables, or refuses', () => {
    let state = 11;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    let made = 0;
    for (let trial = 0; trial < 150; trial++) {
      const combos = new Map<string, TPackageCombination>();
      const size = 5 + Math.floor(random() * 60);
      for (let r = 0; r < size; r++) {
        const c = combo(pick(['insurance', 'retail_ecommerce', 'consumer_goods']), 1, {
          company_size: pick(['size_1_49', 'size_50_249', 'size_250_999', 'size_5000_plus']),
          region: pick(['korea', 'japan', 'europe']),
          business_model: pick(['b2c', 'b2b', null]),
        });
        const key = combinationKey(QUASI_IDENTIFIERS.map((k) => c[k]));
        const found = combos.get(key);
        if (found) found.rows += 1;
        else combos.set(key, c);
      }
      const all = [...combos.values()];
      // some decline: they stay in the edition's figures
      const outside = all.map((c) => ({ ...c, rows: random() < 0.3 ? 1 : 0 }));
      const members = membersOf(all, outside);
      const plan = planPackage(members, all, OPTIONS);
      if (!plan) {
        expect(all.reduce((sum, c) => sum + c.rows, 0)).toBeLessThan(60);
        continue;
      }
      made += 1;
      expectSafe(plan, all, members);
    }
    expect(made).toBeGreaterThan(50);
  });
});
