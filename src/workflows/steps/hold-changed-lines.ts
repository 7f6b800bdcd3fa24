import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { linesOnItems, VariantUnits } from "../utils/cart-lines"
import { ChangedLines, holdLines } from "./hold-cart-lines"
import { emptyUndo, undoTicketChanges } from "./ticket-undo"

export type HoldChangedLinesInput = {
  cart_id: string
  inventory_item_ids: string[]
  /** What one unit of each variant with a line on these items needs. */
  variant_units: VariantUnits
  changed: ChangedLines
  location_ids: string[]
  /** A clock of the caller's (tests); otherwise each hold starts when it is taken. */
  now?: Date | string | null
}

/**
 * After Medusa changed a cart's lines: makes the cart's tickets cover exactly what its
 * lines on these items now need, and releases the tickets of lines that are gone.
 */
export const holdChangedLinesStep = createStep(
  "hold-changed-lines",
  async (input: HoldChangedLinesInput, { container }) => {
    if (!input.inventory_item_ids.length) {
      return new StepResponse(emptyUndo(), emptyUndo())
    }
    const items = await container
      .resolve(Modules.CART)
      .listLineItems({ cart_id: input.cart_id }, { select: ["id", "variant_id", "quantity"] })
    const undo = await holdLines(container, {
      cart_id: input.cart_id,
      lines: linesOnItems(items, input.variant_units, input.inventory_item_ids),
      changed: input.changed,
      location_ids: input.location_ids,
      now: input.now,
      release_others_on: input.inventory_item_ids,
    })
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await undoTicketChanges(container, undo)
    }
  }
)
