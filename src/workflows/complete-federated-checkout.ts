import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import type { BigNumberInput, CartWorkflowDTO, CreateOrderDTO, LinkDefinition } from "@medusajs/framework/types"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  updateCartsStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_PLACED } from "../modules/order-group/events"
import { cartStockContext } from "./cart-stock-context"
import { captureGroupPaymentStep } from "./steps/capture-group-payment"
import { checkDeliverableStep } from "./steps/check-deliverable"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { closeCheckoutStep, openCheckoutStep } from "./steps/checkout-cart-state"
import { createOrderGroupStep } from "./steps/create-order-group"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"
import { findOrderGroupStep } from "./steps/find-order-group"
import { reserveOrderUnitsStep } from "./steps/reserve-order-units"
import { holdCartLinesStep } from "./steps/hold-cart-lines"
import { readCheckoutStep } from "./steps/read-checkout"
import { redeemPrepaidCodesStep } from "./steps/redeem-prepaid-codes"
import { registerPromotionUsageStep } from "./steps/register-promotion-usage"
import { itemIdsOf, lineHolds } from "./utils/cart-lines"
import { CART_LINE_KEY, storeOrderInput } from "./utils/store-orders"
import { orderGroupLinks, promotionUsage } from "./utils/order-group-parts"

export type CompleteFederatedCheckoutInput = { id: string }

/**
 * One checkout for a cart of many stores: one payment, one Medusa order per store, and
 * the order group that ties them together. Under the cart lock, every line is confirmed
 * held (a hold that ran out is taken again if its units are free, else a 409; a hold
 * about to run out is kept for the checkout's length), each store's order is created
 * with its own lines, shipping method, taxes and credits, and the held units become the
 * orders' reservations in place. No lock on an item is held across the checkout, so a slow
 * payment provider never holds up other shoppers of the same items; the group is
 * recorded and only then is the payment authorized and captured.
 * Any failure undoes every step before it: no order, no group, no payment, the tickets as
 * they were. A cart checked out before answers with its group.
 */
export const completeFederatedCheckoutWorkflow = createWorkflow(
  "complete-federated-checkout",
  (input: WorkflowData<CompleteFederatedCheckoutInput>) => {
    lockCartStep(input.id)
    const existing = findOrderGroupStep(input.id)

    const placed = when("place-order-group", { existing }, ({ existing }) => !existing).then(() => {
      const checkout = readCheckoutStep(input.id)
      checkDeliverableStep(transform({ checkout }, ({ checkout }) => ({ cart_id: checkout.cart.id, lines: checkout.cart.items })))
      const paymentSessions = validateCartPaymentsStep({
        cart: transform({ checkout }, ({ checkout }) => checkout.cart as unknown as CartWorkflowDTO),
      })
      openCheckoutStep(input.id)

      const context = cartStockContext(input.id, { fresh_locations: true })
      const plan = transform({ context }, ({ context }) => {
        const lines = lineHolds(context.cart)
        return { lines, itemIds: itemIdsOf(lines), lineIds: lines.map((line) => line.line_item_id) }
      })
      holdCartLinesStep(
        transform({ input, plan, context }, ({ input, plan, context }) => ({
          cart_id: input.id,
          lines: plan.lines,
          changed: { line_item_ids: plan.lineIds },
          location_ids: context.location_ids,
          keep_unchanged: true,
          release_others_on: plan.itemIds,
        }))
      )

      const orders = createOrdersStep(
        transform({ checkout }, ({ checkout }) =>
          checkout.shares.map((share) => storeOrderInput(checkout.cart, share) as unknown as CreateOrderDTO)
        )
      )
      const orderLines = transform({ orders }, ({ orders }) =>
        orders.map((order) => ({
          id: order.id,
          items: (order.items ?? []).map((item) => ({ id: item.id, cart_line_id: String(item.metadata?.[CART_LINE_KEY] ?? "") })),
        }))
      )
      reserveOrderUnitsStep(
        transform({ input, orderLines }, ({ input, orderLines }) => ({ cart_id: input.id, orders: orderLines }))
      )

      const group = createOrderGroupStep(
        transform({ checkout, orders }, ({ checkout, orders }) => ({
          cart_id: checkout.cart.id,
          email: checkout.cart.email,
          currency_code: checkout.cart.currency_code,
          order_ids: orders.map((order) => order.id),
          cart_total: checkout.cart.total,
        }))
      )
      redeemPrepaidCodesStep(
        transform({ checkout, orderLines, group }, ({ checkout, orderLines, group }) => ({
          cart_id: checkout.cart.id,
          order_group_id: group.id,
          items: checkout.cart.items,
          orders: orderLines,
        }))
      )
      createRemoteLinkStep(transform({ checkout, orders, group }, orderGroupLinks) as WorkflowData<LinkDefinition[]>)
      updateCartsStep(transform({ input }, ({ input }) => [{ id: input.id, completed_at: new Date() }]))
      registerPromotionUsageStep(transform({ checkout }, promotionUsage))

      const payment = authorizePaymentSessionStep(
        transform({ paymentSessions }, ({ paymentSessions }) => ({ id: paymentSessions[0]?.id ?? "" }))
      )
      const captured = captureGroupPaymentStep(payment)
      // Each store order is paid its share of the one capture.
      addOrderTransactionStep(
        transform({ captured, group }, ({ captured, group }) => {
          const capture = captured?.captures?.at(-1)
          return captured && capture
            ? group.shares.map((share) => ({
                order_id: share.order_id,
                amount: share.total as BigNumberInput,
                currency_code: captured.currency_code,
                reference: "capture",
                reference_id: capture.id,
              }))
            : []
        })
      )
      closeCheckoutStep(input.id)

      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: transform({ orders }, ({ orders }) => orders.map((order) => ({ id: order.id }))),
      }).config({ name: "emit-orders-placed" })
      emitEventStep({
        eventName: ORDER_GROUP_PLACED,
        data: transform({ group }, ({ group }) => ({ id: group.id })),
      }).config({ name: "emit-order-group-placed" })
      emitTicketStockChanged(transform({ plan }, ({ plan }) => ({ inventory_item_ids: plan.itemIds })))
      return group
    })

    unlockCartStep(input.id)
    const result = transform({ existing, placed }, ({ existing, placed }) => ({ id: (placed?.id ?? existing?.id) as string }))
    return new WorkflowResponse(result)
  }
)
