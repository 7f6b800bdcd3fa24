import { MedusaError } from "@medusajs/framework/utils"

/**
 * The cart state machine, in one place: which moves a cart may make, what each state
 * lets the shopper do, and which moves an action makes on its own (so a standard Medusa
 * client that never heard of states — create, add, pay — keeps working).
 */

export const CART_STATES = ["new", "shop", "full", "done", "void"] as const
export type CartStateName = (typeof CART_STATES)[number]

export const CART_MOVE_ACTORS = ["customer", "system", "admin"] as const
export type CartMoveActor = (typeof CART_MOVE_ACTORS)[number]

const MOVES: Record<CartStateName, CartStateName[]> = {
  new: ["shop", "void"],
  shop: ["full", "void"],
  full: ["shop", "done", "void"],
  done: [],
  void: [],
}

export const CART_ACTIONS = [
  // region, currency, sales channel, promotion codes: they reprice the lines
  "set_options",
  // e-mail, addresses, shipping methods, payment, customer
  "set_checkout_details",
  "add_line",
  // change or remove a line
  "change_line",
  // hold an expired line again, extend the holds
  "hold_lines",
  "complete",
] as const
export type CartAction = (typeof CART_ACTIONS)[number]

const ALLOWED: Record<CartAction, CartStateName[]> = {
  set_options: ["new", "shop"],
  set_checkout_details: ["new", "shop", "full"],
  add_line: ["shop"],
  change_line: ["shop"],
  hold_lines: ["shop", "full"],
  // A completed cart answers with its order again; nothing changes.
  complete: ["full", "done"],
}

const ACTION_WORDS: Record<CartAction, string> = {
  set_options: "its region, currency, sales channel and promotions cannot be changed",
  set_checkout_details: "its checkout details cannot be changed",
  add_line: "nothing can be added to it",
  change_line: "its lines cannot be changed or removed",
  hold_lines: "its lines cannot be held",
  complete: "it cannot be checked out",
}

const STATE_WORDS: Record<CartStateName, string> = {
  new: "new",
  shop: "shop (open for shopping)",
  full: "full (lines closed, awaiting payment)",
  done: "done (checked out)",
  void: "void (cancelled)",
}

export function allowedMoves(state: CartStateName): CartStateName[] {
  return MOVES[state]
}

/** The moves the shopper or admin may ask for: `done` is reached by checking out only. */
export function requestableMoves(state: CartStateName): CartStateName[] {
  return MOVES[state].filter((to) => to !== "done")
}

function allowedMovesSentence(state: CartStateName) {
  const moves = requestableMoves(state)
  return moves.length ? `Allowed moves: ${moves.join(", ")}.` : "No moves are allowed: it never changes again."
}

export function conflict(state: CartStateName, what: string) {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `This cart's state is ${STATE_WORDS[state]}: ${what}. ${allowedMovesSentence(state)}`
  )
}

/** The move asked for, or a 409 naming the state and the allowed moves. */
export function planMove(state: CartStateName, to: CartStateName): CartStateName[] {
  if (to === "done" && state !== "done") {
    throw conflict(state, "a cart is done only when its checkout completes")
  }
  if (!MOVES[state].includes(to)) {
    throw conflict(state, `it cannot move to ${to}`)
  }
  return [to]
}

export type CartOptions = { region_id?: string | null; currency_code?: string | null }

/** Region and currency: what a cart needs set before anything can be added. */
export function optionsSet(cart: CartOptions) {
  return Boolean(cart.region_id && cart.currency_code)
}

/**
 * The moves an action makes on its way (the first add opens a new cart for shopping;
 * checking out a cart still shopping closes it first, then completion makes it done),
 * or a 409 when the state forbids it.
 */
export function planAction(state: CartStateName, action: CartAction, cart: CartOptions = {}): CartStateName[] {
  if (action === "add_line" && state === "new") {
    if (!optionsSet(cart)) {
      throw conflict(state, "set its region and currency before adding to it")
    }
    return ["shop"]
  }
  if (action === "complete") {
    if (state === "shop") return ["full", "done"]
    if (state === "full") return ["done"]
  }
  if (!ALLOWED[action].includes(state)) {
    throw conflict(state, ACTION_WORDS[action])
  }
  return []
}

export function isFinal(state: CartStateName) {
  return MOVES[state].length === 0
}
