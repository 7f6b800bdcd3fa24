import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { holdCartLinesStep } from "./steps/hold-cart-lines"
import { liftCartTicketsStep } from "./steps/lift-cart-tickets"
import { purchaseCartTicketsStep } from "./steps/purchase-cart-tickets"
import { releaseExpiredTicketsStep } from "./steps/release-expired-tickets"
import { lockTicketsStep, unlockTicketsStep } from "./steps/ticket-locks"
import { itemIdsOf, lineHolds } from "./utils/cart-lines"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"

/**
 * Medusa's cart completion, with the shopper's tickets turned into the order's
 * reservations. Under the items' ticket locks (taken for checkout, in id order) every line
 * is confirmed held — a line whose hold ran out is held again if its units are still
 * free, else the checkout is refused with a 409 and nothing changes — then the tickets'
 * reservations are lifted and core's completion reserves the same units for the order
 * before any other request can reach for them.
 */
export const completeCartWithTicketsWorkflow = createWorkflow(
  "complete-cart-with-tickets",
  (input: WorkflowData<{ id: string }>) => {
    lockCartStep(input.id)
    const context = cartStockContext(input.id)
    const plan = transform({ context }, ({ context }) => {
      // A cart completed before answers with its order again; its tickets are long bought.
      const lines = context.cart.completed_at ? [] : lineHolds(context.cart)
      return { lines, itemIds: itemIdsOf(lines), lineIds: lines.map((line) => line.line_item_id) }
    })
    const keys = lockTicketsStep(
      transform({ plan }, ({ plan }) => ({ inventory_item_ids: plan.itemIds, checkout: true }))
    )
    releaseExpiredTicketsStep(
      transform({ plan, context }, ({ plan, context }) => ({ inventory_item_ids: plan.itemIds, now: context.now }))
    )
    holdCartLinesStep(
      transform({ input, plan, context }, ({ input, plan, context }) => ({
        cart_id: input.id,
        lines: plan.lines,
        changed: { line_item_ids: plan.lineIds },
        location_ids: context.location_ids,
        now: context.now,
        keep_unchanged: true,
        release_others_on: plan.itemIds,
      }))
    )
    liftCartTicketsStep(
      transform({ input, plan }, ({ input, plan }) => ({ cart_id: input.id, inventory_item_ids: plan.itemIds }))
    )

    const order = completeCartWorkflow.runAsStep({ input: { id: input.id } })

    purchaseCartTicketsStep(transform({ input, order }, ({ input, order }) => ({ cart_id: input.id, order_id: order.id })))
    unlockTicketsStep(keys)
    emitTicketStockChanged(
      transform({ plan }, ({ plan }) => ({ inventory_item_ids: plan.itemIds }))
    )
    unlockCartStep(input.id)
    return new WorkflowResponse(order)
  }
)
