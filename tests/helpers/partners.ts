import type { MedusaContainer } from "@medusajs/framework/types"
import { signHandshake, SignHandshakeInput } from "../../src/partner-client"
import { demoProduct, demoWithAdmin } from "./visibility"
import type { Api, Headers } from "./http"

export type PartnerWithKey = { id: string; name: string; keyId: string; secret: string }

/** A partner made through the admin API, with the signing secret it was shown once. */
export async function createPartner(api: Api, admin: Headers, name: string): Promise<PartnerWithKey> {
  const { data } = await api.post(
    "/admin/partners",
    { name, return_url: `https://${name.toLowerCase().replace(/\W+/g, "-")}.example/back` },
    admin
  )
  return { id: data.partner.id, name, keyId: data.signing_key.key_id, secret: data.signing_key.secret }
}

/** A handshake token as the partner's server makes it, with the shipped helper. */
export const tokenFor = (partner: PartnerWithKey, accountId: string, extra: Partial<SignHandshakeInput> = {}) =>
  signHandshake({ keyId: partner.keyId, secret: partner.secret, accountId, ...extra })

/**
 * The demo with an admin, the game "Salt Coast Online" as a partner, and the game's turn
 * pack protected for it: what the partner suites start each test from.
 */
export function gameWithProtectedTurns(api: Api, getContainer: () => MedusaContainer) {
  const base = demoWithAdmin(getContainer)
  const state = base as typeof base & { game: PartnerWithKey; turns: Awaited<ReturnType<typeof demoProduct>> }
  beforeEach(async () => {
    state.game = await createPartner(api, base.admin, "Salt Coast Online")
    state.turns = await demoProduct(getContainer(), "turn-pack")
    await api.post(`/admin/products/${state.turns.id}/visibility`, { kind: "protected", partner_id: state.game.id }, base.admin)
  })
  return state
}
