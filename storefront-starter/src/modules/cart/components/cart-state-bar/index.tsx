"use client"

import Link from "next/link"

import { moveCart } from "@lib/data/cart"
import { useCartAction } from "@lib/hooks/use-cart-action"
import ActionError from "@modules/common/components/action-error"
import type { CartState, FederatedCart } from "types/federated"

const STATE_LABELS: Record<CartState, string> = {
  new: "New",
  shop: "Shopping",
  full: "Ready to pay: items are locked in",
  done: "Checked out",
  void: "Cancelled",
}

// The buttons for the moves the server allows now; "done" is reached by paying.
const MOVE_LABELS: Partial<Record<CartState, string>> = {
  full: "Review and pay",
  shop: "Keep shopping",
  void: "Cancel cart",
}

/** The cart's number and state, and the moves the shopper can make from here. */
const CartStateBar = ({ cart }: { cart: Pick<FederatedCart, "number" | "state" | "allowed_moves"> }) => {
  const { run, error, isPending } = useCartAction()
  const moves = cart.allowed_moves.filter((to) => MOVE_LABELS[to])

  return (
    <div className="cart-state" data-testid="cart-state" data-state={cart.state}>
      <p>
        Cart <code data-testid="cart-number">{cart.number}</code> · <strong>{STATE_LABELS[cart.state]}</strong>
      </p>
      <div className="cart-state__moves">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={to === "full" ? "button button--primary" : "button"}
            data-testid={`cart-move-${to}`}
            disabled={isPending}
            onClick={() => run(() => moveCart(to))}
          >
            {MOVE_LABELS[to]}
          </button>
        ))}
        {cart.state === "full" && (
          <Link href="/checkout" className="button button--primary" data-testid="cart-checkout-link">
            Go to checkout
          </Link>
        )}
      </div>
      <ActionError error={error} testId="cart-move-error" />
    </div>
  )
}

export default CartStateBar
