/**
 * The assessment in progress, kept in the browser's storage at every change:
 * answers, page, language and the ids that make the submission idempotent.
 * A reload, a closed tab or a crash resumes from here.
 */
import { z } from 'zod/mini';
import { newResponseId, newToken, TOKEN_PATTERN } from './tokens.ts';

export const ZLanguage = z.enum(['en', 'ko']);
export type TLanguage = z.infer<typeof ZLanguage>;

export const ZAnswers = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string()), z.record(z.string(), z.string())]),
);
export type TAnswers = z.infer<typeof ZAnswers>;

export const ZLocalDraft = z.object({
  /** Survey version the answers belong to. */
  surveyVersion: z.string(),
  /** Client-generated id: the same on every retry, so the server stores one response. */
  responseId: z.uuid(),
  /** Token of the private report link (the server keeps only its hash). */
  reportToken: z.string().check(z.regex(TOKEN_PATTERN)),
  /** Token of the resume link for the server-side draft. */
  draftToken: z.string().check(z.regex(TOKEN_PATTERN)),
  language: ZLanguage,
  /** Zero-based page the respondent was on. */
  pageNumber: z.int().check(z.minimum(0)),
  answers: ZAnswers,
  /** in_progress → submitting (queued until the server confirms) → submitted. */
  status: z.enum(['in_progress', 'submitting', 'submitted']),
  updatedAt: z.iso.datetime(),
  /** A consultant's invitation this assessment answers (for a client organisation). */
  invitationToken: z.optional(z.string().check(z.regex(TOKEN_PATTERN))),
  /** Whether the respondent lets researchers use their anonymised answers (absent: not asked yet, no). */
  researchConsent: z.optional(z.boolean()),
});
export type TLocalDraft = z.infer<typeof ZLocalDraft>;

/** Which assessment of this browser: its own, or the one answering an invitation. */
export type TDraftSlot = 'own' | 'invitation';

/**
 * An invitation's assessment has its own slot, so answering for a client
 * never replaces (or is replaced by) the browser's own assessment.
 */
export const storageKey = (surveyVersion: string, slot: TDraftSlot = 'own') =>
  slot === 'own' ? `cx-assessment:${surveyVersion}` : `cx-assessment:${surveyVersion}:invitation`;

const slotOf = (draft: TLocalDraft): TDraftSlot => (draft.invitationToken ? 'invitation' : 'own');

export function newLocalDraft(
  surveyVersion: string,
  language: TLanguage,
  now = new Date(),
): TLocalDraft {
  return {
    surveyVersion,
    responseId: newResponseId(),
    reportToken: newToken(),
    draftToken: newToken(),
    language,
    pageNumber: 0,
    answers: {},
    status: 'in_progress',
    updatedAt: now.toISOString(),
  };
}

/** The saved draft, or undefined when there is none or it cannot be read (it is left in place). */
export function readLocalDraft(
  storage: Pick<Storage, 'getItem'>,
  surveyVersion: string,
  slot: TDraftSlot = 'own',
): TLocalDraft | undefined {
  try {
    const raw = storage.getItem(storageKey(surveyVersion, slot));
    if (!raw) return undefined;
    const parsed = ZLocalDraft.safeParse(JSON.parse(raw));
    return parsed.success && slotOf(parsed.data) === slot ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalDraft(storage: Pick<Storage, 'setItem'>, draft: TLocalDraft): void {
  storage.setItem(storageKey(draft.surveyVersion, slotOf(draft)), JSON.stringify(draft));
}

export function removeLocalDraft(
  storage: Pick<Storage, 'removeItem'>,
  surveyVersion: string,
  slot: TDraftSlot = 'own',
): void {
  storage.removeItem(storageKey(surveyVersion, slot));
}

/**
 * A draft in progress of a version in `earlier`, moved to `current` (its answers
 * stay valid: see carriedOverVersions). Queued and submitted drafts keep their
 * version, which the server still accepts and scores with its own model.
 */
export function carriedOver(
  draft: TLocalDraft,
  current: string,
  earlier: readonly string[],
): TLocalDraft {
  return draft.status === 'in_progress' && earlier.includes(draft.surveyVersion)
    ? { ...draft, surveyVersion: current }
    : draft;
}

/**
 * The saved draft of `current`, else the first one of `earlier` versions;
 * one in progress is carried over to `current` and stored under it.
 */
export function readCurrentLocalDraft(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  current: string,
  earlier: readonly string[],
  slot: TDraftSlot = 'own',
): TLocalDraft | undefined {
  const own = readLocalDraft(storage, current, slot);
  if (own) return own;
  for (const version of earlier) {
    const draft = readLocalDraft(storage, version, slot);
    if (!draft) continue;
    const moved = carriedOver(draft, current, earlier);
    if (moved !== draft) {
      writeLocalDraft(storage, moved);
      removeLocalDraft(storage, version, slot);
    }
    return moved;
  }
  return undefined;
}
