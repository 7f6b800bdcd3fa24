import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CartAction } from "../../modules/cart-state/rules"
import { applyCartAction, undoCartMoves } from "../utils/cart-state"

/** Lets the workflow go on only if the cart's state allows the action (a 409 otherwise). */
export const checkCartActionStep = createStep(
  "check-cart-action",
  async ({ cart_id, action }: { cart_id: string; action: CartAction }, { container }) => {
    const made = await applyCartAction(container, { cart_id, action, actor: "system" })
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    await undoCartMoves(container, made)
  }
)
