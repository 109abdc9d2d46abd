import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../tests/fixtures/memory-storage.ts';
import {
  newLocalDraft,
  readCurrentLocalDraft,
  readLocalDraft,
  removeLocalDraft,
  storageKey,
  writeLocalDraft,
} from './local-draft.ts';

describe('local draft', () => {
  it('round-trips a draft with its answers, page and language', () => {
    const storage = memoryStorage();
    const draft = {
      ...newLocalDraft('digital-cx-v1', 'ko'),
      pageNumber: 3,
      answers: {
        industry: 'retail_ecommerce',
        effort_tasks: { find_information: 'very_easy' },
        staffing_strategies: ['hiring'],
      },
    };
    writeLocalDraft(storage, draft);
    expect(readLocalDraft(storage, 'digital-cx-v1')).toEqual(draft);
  });

  it('makes fresh ids and tokens for every new draft', () => {
    const a = newLocalDraft('digital-cx-v1', 'en');
    const b = newLocalDraft('digital-cx-v1', 'en');
    expect(a.responseId).not.toBe(b.responseId);
    expect(a.reportToken).not.toBe(b.reportToken);
    expect(a.draftToken).not.toBe(a.reportToken);
  });

  it('returns undefined for unreadable data without deleting it', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey('digital-cx-v1'), '{not json');
    expect(readLocalDraft(storage, 'digital-cx-v1')).toBeUndefined();
    expect(storage.items.get(storageKey('digital-cx-v1'))).toBe('{not json');
    storage.setItem(
      storageKey('digital-cx-v1'),
      JSON.stringify({ surveyVersion: 'digital-cx-v1' }),
    );
    expect(readLocalDraft(storage, 'digital-cx-v1')).toBeUndefined();
  });

  it('keeps drafts of different survey versions apart and removes one', () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, newLocalDraft('digital-cx-v1', 'en'));
    expect(readLocalDraft(storage, 'digital-cx-v2')).toBeUndefined();
    removeLocalDraft(storage, 'digital-cx-v1');
    expect(readLocalDraft(storage, 'digital-cx-v1')).toBeUndefined();
  });

  it('keeps an invitation’s assessment apart from the browser’s own, both ways', () => {
    const storage = memoryStorage();
    const own = { ...newLocalDraft('digital-cx-v2', 'en'), answers: { industry: 'insurance' } };
    const invited = {
      ...newLocalDraft('digital-cx-v2', 'ko'),
      invitationToken: 'A'.repeat(20) + 'b'.repeat(23),
    };
    writeLocalDraft(storage, own);
    writeLocalDraft(storage, invited);
    expect(readLocalDraft(storage, 'digital-cx-v2')).toEqual(own);
    expect(readLocalDraft(storage, 'digital-cx-v2', 'invitation')).toEqual(invited);
    expect(readCurrentLocalDraft(storage, 'digital-cx-v2', [], 'invitation')).toEqual(invited);
    removeLocalDraft(storage, 'digital-cx-v2', 'invitation');
    expect(readLocalDraft(storage, 'digital-cx-v2')).toEqual(own);
    expect(readLocalDraft(storage, 'digital-cx-v2', 'invitation')).toBeUndefined();
    // a draft in the wrong slot (written by hand) is not taken for the other kind
    storage.setItem(storageKey('digital-cx-v2', 'invitation'), JSON.stringify(own));
    expect(readLocalDraft(storage, 'digital-cx-v2', 'invitation')).toBeUndefined();
  });

  it('carries a draft in progress of version 1 over to version 2, answers and ids kept', () => {
    const storage = memoryStorage();
    const started = { ...newLocalDraft('digital-cx-v1', 'ko'), pageNumber: 4, answers: { a: 'b' } };
    writeLocalDraft(storage, started);
    const found = readCurrentLocalDraft(storage, 'digital-cx-v2', ['digital-cx-v1']);
    expect(found).toEqual({ ...started, surveyVersion: 'digital-cx-v2' });
    expect(readLocalDraft(storage, 'digital-cx-v2')).toEqual(found);
    expect(readLocalDraft(storage, 'digital-cx-v1')).toBeUndefined();
  });

  it('leaves a queued or submitted version 1 draft with its version, to be sent as answered', () => {
    for (const status of ['submitting', 'submitted'] as const) {
      const storage = memoryStorage();
      const queued = { ...newLocalDraft('digital-cx-v1', 'en'), status };
      writeLocalDraft(storage, queued);
      expect(readCurrentLocalDraft(storage, 'digital-cx-v2', ['digital-cx-v1'])).toEqual(queued);
      expect(readLocalDraft(storage, 'digital-cx-v1')).toEqual(queued);
    }
  });

  it('prefers the current version, and carries over only the versions it is told', () => {
    const storage = memoryStorage();
    writeLocalDraft(storage, newLocalDraft('digital-cx-v0', 'en'));
    expect(readCurrentLocalDraft(storage, 'digital-cx-v2', ['digital-cx-v1'])).toBeUndefined();
    const current = newLocalDraft('digital-cx-v2', 'en');
    writeLocalDraft(storage, current);
    writeLocalDraft(storage, newLocalDraft('digital-cx-v1', 'en'));
    expect(readCurrentLocalDraft(storage, 'digital-cx-v2', ['digital-cx-v1'])).toEqual(current);
  });
});
