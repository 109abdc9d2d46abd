/**
 * Which queued results join the released peer figures. A batch may only
 * change each group it touches (the whole pool, and the one-attribute groups
 * of each result's industry, size, region and business model) by at least k
 * organisations, so that comparing two releases never shows one
 * organisation's contribution. Organisations touching a group that fewer than
 * k of the batch touch wait; that can shrink other groups, so it repeats until
 * stable. `private.apply_queued_rollups` applies the same rule in the
 * database; an API test compares the two.
 */
import { SEGMENT_ATTRIBUTES, type TSegmentAttribute } from './anonymity.ts';

/** One queued change: the organisation and the profile of the result added or removed. */
export type TQueuedChange = {
  organisation: string;
  profile: Readonly<Record<TSegmentAttribute, string>>;
};

function groupsOf(change: TQueuedChange): string[] {
  return [
    'all',
    ...SEGMENT_ATTRIBUTES.map((attribute) => `${attribute}=${change.profile[attribute]}`),
  ];
}

/** The organisations whose queued changes are released now. */
export function admittedOrganisations(changes: readonly TQueuedChange[], k: number): Set<string> {
  const touches = new Map<string, Set<string>>(); // organisation → groups
  for (const change of changes) {
    const groups = touches.get(change.organisation) ?? new Set<string>();
    for (const group of groupsOf(change)) groups.add(group);
    touches.set(change.organisation, groups);
  }
  const admitted = new Set(touches.keys());
  for (;;) {
    const members = new Map<string, number>();
    for (const organisation of admitted) {
      for (const group of touches.get(organisation)!) {
        members.set(group, (members.get(group) ?? 0) + 1);
      }
    }
    const waiting = [...admitted].filter((organisation) =>
      [...touches.get(organisation)!].some((group) => members.get(group)! < k),
    );
    if (waiting.length === 0) return admitted;
    for (const organisation of waiting) admitted.delete(organisation);
  }
}
