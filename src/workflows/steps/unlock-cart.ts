import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type { UnlockReason } from "../../modules/visibility/models/unlock"
import type VisibilityModuleService from "../../modules/visibility/service"

export type CartUnlockInput = {
  cart_id: string
  reason: UnlockReason
  partner_id?: string | null
  partner_account_id?: string | null
  customer_id?: string | null
  product_id?: string | null
  code_id?: string | null
  expires_at?: Date | null
}

/** Opens products to a cart: a partner's protected ones, or the products a code names. */
export const unlockCartStep = createStep(
  "unlock-cart",
  async (unlocks: CartUnlockInput[], { container }) => {
    const visibility: VisibilityModuleService = container.resolve(VISIBILITY_MODULE)
    const created = unlocks.length ? await visibility.createUnlocks(unlocks) : []
    return new StepResponse(
      created,
      created.map((unlock) => unlock.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<VisibilityModuleService>(VISIBILITY_MODULE).deleteUnlocks(ids)
    }
  }
)
