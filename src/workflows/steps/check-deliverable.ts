import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type VisibilityModuleService from "../../modules/visibility/service"

type CheckedLine = { title: string; delivery_kind?: string | null }

/**
 * An immediate line is delivered to the cart's partner account, so a cart bound to none
 * (no partner handshake, ever) cannot be paid for with one: it would be paid and never
 * delivered. Any binding counts, even one whose unlock ran out: the account is known.
 */
export const checkDeliverableStep = createStep(
  "check-deliverable",
  async ({ cart_id, lines }: { cart_id: string; lines: CheckedLine[] }, { container }) => {
    const immediate = lines.find((line) => line.delivery_kind === "immediate")
    if (!immediate) {
      return new StepResponse(true)
    }
    const [bound] = await container
      .resolve<VisibilityModuleService>(VISIBILITY_MODULE)
      .listUnlocks({ cart_id, reason: "partner" }, { select: ["id"], take: 1 })
    if (!bound) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `"${immediate.title}" is delivered straight to your account at the partner: come from the partner's site, or choose prepaid codes.`
      )
    }
    return new StepResponse(true)
  }
)
