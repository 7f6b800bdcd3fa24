import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_STATE_MODULE } from "../../modules/cart-state"
import type CartStateModuleService from "../../modules/cart-state/service"
import {
  type CartAction,
  type CartMoveActor,
  type CartOptions,
  type CartStateName,
  planAction,
  planMove,
} from "../../modules/cart-state/rules"

const cartStates = (container: MedusaContainer): CartStateModuleService => container.resolve(CART_STATE_MODULE)

/**
 * A cart's state record, opened from the cart's creation time if it has none yet: carts
 * made before the plugin was installed, or straight through Medusa's cart module.
 */
export async function cartStateOf(container: MedusaContainer, cartId: string) {
  const existing = await cartStates(container).cartStateOfCart(cartId)
  if (existing) {
    return existing
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "created_at"], filters: { id: cartId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${cartId}.`)
  }
  return cartStates(container).openCartState({ cart_id: cartId, opened_at: new Date(data[0].created_at) })
}

/** What it takes to undo moves a failed workflow made. */
export type MadeMoves = { cart_id: string; from: CartStateName; move_ids: string[] }

type MoveRequest = { cart_id: string; actor: CartMoveActor; reason?: string | null; at?: Date }

async function record(container: MedusaContainer, request: MoveRequest, from: CartStateName, path: CartStateName[]) {
  const moves = path.length ? await cartStates(container).recordMoves({ ...request, from, path }) : []
  return { cart_id: request.cart_id, from, move_ids: moves.map((move) => move.id) } satisfies MadeMoves
}

/**
 * Lets an action through if the cart's state allows it, making the moves it implies on
 * the way (logged, by the system); refuses with a 409 otherwise.
 */
export async function applyCartAction(
  container: MedusaContainer,
  request: MoveRequest & { action: CartAction; options?: CartOptions }
): Promise<MadeMoves> {
  const { state } = await cartStateOf(container, request.cart_id)
  return record(container, request, state, planAction(state, request.action, request.options))
}

/**
 * The check alone, for a route's early answer; the workflow checks again under the cart
 * lock. A new cart's first add is left to the add-to-cart hook, which sees its options.
 */
export async function assertCartAllows(container: MedusaContainer, cartId: string, action: CartAction) {
  const { state } = await cartStateOf(container, cartId)
  if (!(action === "add_line" && state === "new")) {
    planAction(state, action)
  }
}

/** A move the shopper, the system or an admin asked for. */
export async function moveCartState(container: MedusaContainer, request: MoveRequest & { to: CartStateName }) {
  const { state } = await cartStateOf(container, request.cart_id)
  return record(container, request, state, planMove(state, request.to))
}

export async function undoCartMoves(container: MedusaContainer, made?: MadeMoves) {
  if (made?.move_ids.length) {
    await cartStates(container).undoMoves(made)
  }
}

/**
 * Checkout closes a cart still shopping (`full`) before anything is paid; the cart is
 * `done` only once its order group exists (`closeCheckout`).
 */
export async function openCheckout(container: MedusaContainer, cartId: string) {
  const { state } = await cartStateOf(container, cartId)
  const path = planAction(state, "complete").filter((to) => to !== "done")
  return record(container, { cart_id: cartId, actor: "system", reason: "checkout" }, state, path)
}

export async function closeCheckout(container: MedusaContainer, cartId: string) {
  const { state } = await cartStateOf(container, cartId)
  const path: CartStateName[] = state === "done" ? [] : ["done"]
  return record(container, { cart_id: cartId, actor: "system", reason: "order group placed" }, state, path)
}
