import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { ticketedCartChange } from "./ticketed-cart-change"
import { lineHolds, sumNeeds } from "./utils/cart-lines"

/** Lines set to a quantity (0: removed; none: kept as they are). */
type LineChange = { cart_id: string; line_item_ids: string[]; quantity?: number }

/** The ticketed change for setting lines to a quantity. */
function lineChange(input: WorkflowData<LineChange>) {
  const context = cartStockContext(input.cart_id)
  return transform({ input, context }, ({ input, context }) => {
    const lines = lineHolds(context.cart).filter((line) => input.line_item_ids.includes(line.line_item_id))
    const quantityOf = new Map((context.cart.items ?? []).map((item) => [item?.id, Number(item?.quantity ?? 0)]))
    return {
      cart_id: input.cart_id,
      // A line's needs scale with its quantity: per unit, then times the new quantity.
      targets: sumNeeds(
        lines.flatMap((line) =>
          line.needs.map((need) => ({
            inventory_item_id: need.inventory_item_id,
            quantity: (need.quantity / (quantityOf.get(line.line_item_id) || 1)) * (input.quantity ?? quantityOf.get(line.line_item_id) ?? 0),
          }))
        )
      ),
      changed: { line_item_ids: input.line_item_ids },
      location_ids: context.location_ids,
      now: context.now,
    }
  })
}

/** Medusa's line-item update, with the line's ticket grown, shrunk or released. */
export const updateLineItemWithTicketsWorkflow = createWorkflow(
  "update-line-item-with-tickets",
  (input: WorkflowData<UpdateLineItemInCartWorkflowInputDTO>) => {
    lockCartStep(input.cart_id)
    const change = lineChange(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        line_item_ids: [input.item_id],
        quantity: input.update.quantity === undefined ? undefined : Number(input.update.quantity),
      }))
    )
    ticketedCartChange(change, () => {
      updateLineItemInCartWorkflow.runAsStep({ input })
    })
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.item_id)
  }
)

/** Medusa's line-item removal, with the lines' tickets released. */
export const deleteLineItemsWithTicketsWorkflow = createWorkflow(
  "delete-line-items-with-tickets",
  (input: WorkflowData<{ cart_id: string; ids: string[] }>) => {
    lockCartStep(input.cart_id)
    const change = lineChange(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, line_item_ids: input.ids, quantity: 0 }))
    )
    ticketedCartChange(change, () => {
      deleteLineItemsWorkflow.runAsStep({ input })
    })
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.ids)
  }
)

/**
 * Holds a line whose hold ran out again, for its whole quantity, when the units are free;
 * a 409 naming the free count when they are not.
 */
export const holdLineAgainWorkflow = createWorkflow(
  "hold-line-again",
  (input: WorkflowData<{ cart_id: string; line_item_id: string }>) => {
    lockCartStep(input.cart_id)
    const change = lineChange(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, line_item_ids: [input.line_item_id] }))
    )
    ticketedCartChange(change, () => {})
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.line_item_id)
  }
)
