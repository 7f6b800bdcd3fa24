import { createStep, StepResponse, transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { AdditionalData, CartWorkflowDTO, UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { CartWorkflowEvents, QueryContext } from "@medusajs/framework/utils"
import {
  emitEventStep,
  findLineItemToUpdateStep,
  prepareLineItemUpdateStep,
  refreshCartItemsWorkflow,
  updateLineItemsStepWithSelector,
  useQueryGraphStep,
  validateCartStep,
  validateVariantPricesStep,
} from "@medusajs/medusa/core-flows"
import { assertCreditsFit } from "./steps/cart-money"
import { applyCartAction, undoCartMoves } from "./utils/cart-state"

/** The cart fields Medusa's line update prices a line with (its pricing context), and the lines. */
const PRICING_CART_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "customer.id",
  "email",
  "customer.groups.id",
  "items.*",
]

/** The rules of a line change that core's update runs in its `validate` hook (see `hooks/cart-states.ts`). */
const checkLineChangeStep = createStep(
  "check-held-line-change",
  async ({ cart_id, item_id, quantity }: { cart_id: string; item_id: string; quantity: number }, { container }) => {
    const made = await applyCartAction(container, { cart_id, action: "change_line", actor: "system", reason: "line change" })
    await assertCreditsFit(container, cart_id, { quantities: { [item_id]: quantity } }).catch(async (error) => {
      await undoCartMoves(container, made)
      throw error
    })
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    await undoCartMoves(container, made)
  }
)

/**
 * Medusa's line-quantity change for a line the plugin holds, composed of core's own steps
 * in core's order, less its stock check: core's check counts every reservation, this
 * shopper's own ticket too, so it would refuse a shopper who keeps or grows what they
 * hold. The hold after the change is this line's stock check (see `ticketedCartChange`).
 * The line is repriced for its new quantity as core reprices it. Core's
 * `updateLineItemInCartWorkflow` hooks do not run here; their rules do (the cart state
 * and the store's credits).
 */
export function updateHeldLine(input: WorkflowData<UpdateLineItemInCartWorkflowInputDTO & AdditionalData>) {
  const { data: cart } = useQueryGraphStep({
    entity: "cart",
    filters: { id: input.cart_id },
    fields: PRICING_CART_FIELDS,
    options: { throwIfKeyNotFound: true, isList: false },
  }).config({ name: "get-held-line-cart" })
  // Core's steps are typed for its own query of the cart; they read only the fields above.
  const found = findLineItemToUpdateStep({
    cart: cart as unknown as Parameters<typeof findLineItemToUpdateStep>[0]["cart"],
    input,
  })
  validateCartStep({ cart: cart as unknown as CartWorkflowDTO })
  checkLineChangeStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      item_id: input.item_id,
      quantity: Number(input.update.quantity),
    }))
  )
  const pricingContext = transform({ cart, input }, ({ cart, input }) => {
    const { items: _items, ...fields } = cart as typeof cart & { items?: unknown }
    void _items
    return QueryContext({ ...fields, quantity: input.update.quantity })
  })
  const { data: variants } = useQueryGraphStep({
    entity: "variants",
    fields: ["id", "calculated_price.*"],
    filters: { id: transform({ found }, ({ found }) => found.variantIds as string[]) },
    context: { calculated_price: pricingContext },
  }).config({ name: "get-held-line-variants" })
  validateVariantPricesStep({ variants })
  const update = prepareLineItemUpdateStep({ input, variants, item: found.item })
  updateLineItemsStepWithSelector(update)
  refreshCartItemsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, additional_data: input.additional_data })),
  })
  emitEventStep({
    eventName: CartWorkflowEvents.UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.cart_id })),
  }).config({ name: "emit-held-line-cart-updated" })
}
