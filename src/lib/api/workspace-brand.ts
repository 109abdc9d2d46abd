/** `api.set_workspace_brand` and `api.remove_workspace_brand`: a consultant's white label (issue 15). */
import { z } from 'zod/mini';
import { apiClient, callRpc, type TRpcClient } from './client.ts';
import { ZToken, ZWorkspaceBrand, type TWorkspaceBrand } from './consultant.ts';

export const ZBrandChange = z.object({
  workspaceKey: ZToken,
  name: z.string(),
  footer: z.string(),
  accent: z.string(),
  /** The logo file's bytes in base64, or null to keep the current one. */
  logo: z.nullable(z.string()),
  removeLogo: z.boolean(),
});

/** Brands the workspace's reports and invitation page; the database checks every field. */
export async function setWorkspaceBrand(
  input: z.input<typeof ZBrandChange>,
  client: TRpcClient = apiClient(),
): Promise<TWorkspaceBrand> {
  const valid = ZBrandChange.parse(input);
  return callRpc(
    client,
    'set_workspace_brand',
    {
      workspace_key: valid.workspaceKey,
      name: valid.name,
      footer: valid.footer,
      accent: valid.accent,
      logo: valid.logo,
      remove_logo: valid.removeLogo,
    },
    ZWorkspaceBrand,
  );
}

/** Returns the workspace's reports to the product's own brand. */
export async function removeWorkspaceBrand(
  workspaceKey: string,
  client: TRpcClient = apiClient(),
): Promise<void> {
  await callRpc(
    client,
    'remove_workspace_brand',
    { workspace_key: ZToken.parse(workspaceKey) },
    z.null(),
  );
}
