/** `api.start_round`: a client's next round, with a new invitation link (issue 15). */
import { z } from 'zod/mini';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZClientOrganisation, ZToken, type TClientOrganisation } from './consultant.ts';

export const ZRoundStart = z.object({
  workspaceKey: ZToken,
  organisationId: z.uuid(),
  /** The new round's invitation link token, made by this browser. */
  invitationToken: ZToken,
  expiresAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
  invited: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1000)))),
});

/** Ends the current round (its invitation closes) and opens the next with a new link. */
export async function startRound(
  input: z.input<typeof ZRoundStart>,
  client: TRpcClient = apiClient(),
): Promise<TClientOrganisation> {
  const valid = ZRoundStart.parse(input);
  return callRpc(
    client,
    'start_round',
    {
      workspace_key: valid.workspaceKey,
      organisation_id: valid.organisationId,
      invitation_token: valid.invitationToken,
      expires_at: valid.expiresAt ?? null,
      invited: valid.invited ?? null,
    },
    ZClientOrganisation,
  );
}
