import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CartMoveActor, CartStateName } from "../../modules/cart-state/rules"
import { moveCartState, undoCartMoves } from "../utils/cart-state"

export type MoveCartStateInput = {
  cart_id: string
  to: CartStateName
  actor: CartMoveActor
  reason?: string | null
}

/** Moves the cart if the machine allows it (else a 409); undone if the workflow fails later. */
export const moveCartStateStep = createStep(
  "move-cart-state",
  async (input: MoveCartStateInput, { container }) => {
    const made = await moveCartState(container, input)
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    await undoCartMoves(container, made)
  }
)
