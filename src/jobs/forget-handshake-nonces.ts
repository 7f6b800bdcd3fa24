import type { MedusaContainer } from "@medusajs/framework/types"
import { PARTNER_MODULE } from "../modules/partner"
import type PartnerModuleService from "../modules/partner/service"

/** Keeps the nonce table to the tokens still inside their 15 minutes. */
export default async function forgetHandshakeNonces(container: MedusaContainer) {
  await container.resolve<PartnerModuleService>(PARTNER_MODULE).forgetSpentNonces()
}

export const config = {
  name: "federated-cart-forget-handshake-nonces",
  schedule: "*/15 * * * *",
}
