import fc from "fast-check"
import type { CartAction, CartStateName } from "../../src/modules/cart-state/rules"

export type Op = { kind: "move"; to: CartStateName } | { kind: "act"; action: CartAction }

/**
 * The cart state machine as the product defines it, written apart from the code under test
 * for the property tests to hold it to:
 * new — options and details may be set, nothing added (the first add, once region and
 * currency are set, opens it for shopping); shop — anything goes; full — lines closed,
 * checkout details and holds open, may go back to shop; done — only asking for its order
 * again; void — nothing. Checkout from shop passes through full. Done only by checkout.
 */
export const ASKABLE: Record<CartStateName, CartStateName[]> = {
  new: ["shop", "void"],
  shop: ["full", "void"],
  full: ["shop", "void"],
  done: [],
  void: [],
}

export function specified(state: CartStateName, op: Op, optionsSet: boolean): CartStateName | null {
  if (op.kind === "move") {
    return ASKABLE[state].includes(op.to) ? op.to : null
  }
  switch (op.action) {
    case "add_line":
      return state === "shop" || (state === "new" && optionsSet) ? "shop" : null
    case "change_line":
      return state === "shop" ? state : null
    case "set_options":
      return state === "new" || state === "shop" ? state : null
    case "set_checkout_details":
      return state === "new" || state === "shop" || state === "full" ? state : null
    case "hold_lines":
      return state === "shop" || state === "full" ? state : null
    case "complete":
      return state === "shop" || state === "full" || state === "done" ? "done" : null
  }
}

export const allowedSentence = (state: CartStateName) =>
  ASKABLE[state].length ? `Allowed moves: ${ASKABLE[state].join(", ")}.` : "No moves are allowed: it never changes again."

export const EDGES = new Set(["new>shop", "new>void", "shop>full", "shop>void", "full>shop", "full>done", "full>void"])

/** A random operation: a move to any state, or one of `actions`. */
export const opArbitrary = (actions: CartAction[]): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({ kind: fc.constant("move" as const), to: fc.constantFrom<CartStateName>("new", "shop", "full", "done", "void") }),
    fc.record({ kind: fc.constant("act" as const), action: fc.constantFrom(...actions) })
  )
