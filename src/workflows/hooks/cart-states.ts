import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  transferCartCustomerWorkflow,
  updateCartPromotionsWorkflow,
  updateCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { CART_STATE_MODULE } from "../../modules/cart-state"
import type CartStateModuleService from "../../modules/cart-state/service"
import type { CartAction } from "../../modules/cart-state/rules"
import { assertCreditsFit } from "../steps/cart-money"
import { applyCartAction, MadeMoves, undoCartMoves } from "../utils/cart-state"
import { refuseCartOfSeveralStores } from "../utils/one-store-only"

/**
 * The cart state machine on Medusa's own cart workflows, so every path keeps it — core
 * routes, the plugin's routes, and any workflow that composes them. Each check runs
 * inside the workflow, under its cart lock, and the moves it implies are taken back if
 * the workflow fails. Medusa allows one handler per hook: a rule of another feature on
 * the same hook belongs in the same handler.
 */

type Cart = { id: string; region_id?: string | null; currency_code?: string | null; region?: { id: string } | null }

const undo = async (made: MadeMoves | undefined, { container }: { container: Parameters<typeof undoCartMoves>[0] }) =>
  undoCartMoves(container, made)

function checked(action: CartAction, reason: string) {
  return async ({ cart }: { cart: Cart }, { container }: { container: Parameters<typeof undoCartMoves>[0] }) => {
    const made = await applyCartAction(container, {
      cart_id: cart.id,
      action,
      options: { region_id: cart.region_id ?? cart.region?.id, currency_code: cart.currency_code },
      actor: "system",
      reason,
    })
    return new StepResponse(made, made)
  }
}

// Every cart is numbered from the instant it was created; one created with lines is shopping.
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => {
    const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
    await cartStates.openCartState({ cart_id: cart.id, opened_at: new Date(cart.created_at ?? Date.now()) })
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["id", "items.id"], filters: { id: cart.id } })
    if (data[0]?.items?.length) {
      await cartStates.recordMoves({
        cart_id: cart.id,
        from: "new",
        path: ["shop"],
        actor: "system",
        reason: "created with lines",
      })
    }
    return new StepResponse(cart.id, cart.id)
  },
  async (cartId, { container }) => {
    if (cartId) {
      const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
      await cartStates.deleteCartMoves({ cart_id: cartId })
      await cartStates.deleteCartStates({ cart_id: cartId })
    }
  }
)

// The first add opens a new cart for shopping; once full, done or void, nothing is added.
addToCartWorkflow.hooks.validate(checked("add_line", "first add"), undo)

// A line may shrink only as far as its store's credits stay covered.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, context) => {
  const response = await checked("change_line", "line change")({ cart }, context)
  if (input.update.quantity !== undefined) {
    await assertCreditsFit(context.container, cart.id, { quantities: { [input.item_id]: Number(input.update.quantity) } })
  }
  return response
}, undo)

// Region or sales channel reprice the lines: only before the cart is full.
updateCartWorkflow.hooks.validate(async ({ input, cart }, context) => {
  const repriced =
    (input.region_id != null && input.region_id !== cart.region?.id) ||
    (input.sales_channel_id != null && input.sales_channel_id !== cart.sales_channel_id)
  return checked(repriced ? "set_options" : "set_checkout_details", "cart update")({ cart: { id: cart.id } }, context)
}, undo)

// Promotion codes reprice the lines: only before the cart is full. Core's route asks for a
// payment refresh; the same workflow run inside other cart workflows (refreshing an added
// line's promotions) is part of a change already checked.
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, context) => {
  if (!input.force_refresh_payment_collection) {
    const nothingMade: MadeMoves = { cart_id: cart.id, from: "shop", move_ids: [] }
    return new StepResponse(nothingMade, nothingMade)
  }
  return checked("set_options", "promotion codes")({ cart: { id: cart.id } }, context)
}, undo)

addShippingMethodToCartWorkflow.hooks.validate(checked("set_checkout_details", "shipping method"), undo)

transferCartCustomerWorkflow.hooks.validate(checked("set_checkout_details", "customer"), undo)

// Core's completion makes one order of the whole cart. The completion route runs the
// federated checkout instead, but Medusa's payment webhook runs core's directly: a cart of
// several stores is refused there, pointing to the route (its payment stays authorized, so
// the shopper's completion through the route places the group). A one-store cart completes
// as core completes it; its state moves as any checkout's.
completeCartWorkflow.hooks.validate(async ({ cart }, context) => {
  await refuseCartOfSeveralStores(context.container, cart)
  return checked("complete", "checkout")({ cart }, context)
}, undo)
