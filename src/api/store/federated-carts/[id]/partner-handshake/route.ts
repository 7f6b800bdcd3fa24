import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_MODULE } from "../../../../../modules/partner"
import type PartnerModuleService from "../../../../../modules/partner/service"
import { VISIBILITY_MODULE } from "../../../../../modules/visibility"
import type VisibilityModuleService from "../../../../../modules/visibility/service"
import { bindCartToPartnerWorkflow } from "../../../../../workflows/bind-cart-to-partner"
import type { StorePartnerHandshakeType } from "../../unlock-validators"

/** A shopper arriving from a partner: the token binds this cart to the partner account. */
export async function POST(req: MedusaRequest<StorePartnerHandshakeType>, res: MedusaResponse) {
  const visibility: VisibilityModuleService = req.scope.resolve(VISIBILITY_MODULE)
  const { result } = await bindCartToPartnerWorkflow(req.scope).run({
    input: { cart_id: req.params.id, token: req.validatedBody.token, unlock_minutes: visibility.options.partnerUnlockMinutes },
  })
  const partners: PartnerModuleService = req.scope.resolve(PARTNER_MODULE)
  const [partner, account] = await Promise.all([
    partners.retrievePartner(result.partner_id, { select: ["id", "name", "return_url"] }),
    partners.retrievePartnerAccount(result.partner_account_id, { select: ["id", "account_ref", "display_name"] }),
  ])
  res.json({ partner_session: { partner, account, expires_at: result.expires_at } })
}
