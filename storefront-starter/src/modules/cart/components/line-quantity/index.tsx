"use client"

import { deleteLineItem, updateLineItem } from "@lib/data/cart"
import { useCartAction } from "@lib/hooks/use-cart-action"
import ActionError from "@modules/common/components/action-error"

type LineQuantityProps = {
  lineId: string
  quantity: number
}

/** +/- and remove for one cart line, through Medusa's core cart routes. */
const LineQuantity = ({ lineId, quantity }: LineQuantityProps) => {
  const { run, error, isPending } = useCartAction()

  return (
    <div className="line-quantity" aria-busy={isPending}>
      <button
        type="button"
        aria-label="Decrease quantity"
        data-testid="line-decrement"
        disabled={isPending || quantity <= 1}
        onClick={() => run(() => updateLineItem({ lineId, quantity: quantity - 1 }))}
      >
        −
      </button>
      <span data-testid="line-quantity">{quantity}</span>
      <button
        type="button"
        aria-label="Increase quantity"
        data-testid="line-increment"
        disabled={isPending}
        onClick={() => run(() => updateLineItem({ lineId, quantity: quantity + 1 }))}
      >
        +
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="line-remove"
        disabled={isPending}
        onClick={() => run(() => deleteLineItem(lineId))}
      >
        Remove
      </button>
      <ActionError error={error} testId="line-error" />
    </div>
  )
}

export default LineQuantity
