"use client"

import { useState, useTransition } from "react"

import { deleteLineItem, updateLineItem } from "@lib/data/cart"
import type { ActionResult } from "types/federated"

type LineQuantityProps = {
  lineId: string
  quantity: number
}

/** +/- and remove for one cart line, through Medusa's core cart routes. */
const LineQuantity = ({ lineId, quantity }: LineQuantityProps) => {
  const [error, setError] = useState<string | null>(null)
  const [isPending, startTransition] = useTransition()

  const run = (action: () => Promise<ActionResult>) => {
    setError(null)
    startTransition(async () => {
      const result = await action()
      if (!result.success) {
        setError(result.error)
      }
    })
  }

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
      {error && (
        <p className="error" role="alert" data-testid="line-error">
          {error}
        </p>
      )}
    </div>
  )
}

export default LineQuantity
