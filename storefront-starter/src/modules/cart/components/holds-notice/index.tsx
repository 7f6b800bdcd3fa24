"use client"

import { extendHolds } from "@lib/data/cart"
import { useCartAction } from "@lib/hooks/use-cart-action"
import { useTimeLeft } from "@lib/hooks/use-time-left"
import { formatCountdown } from "@lib/util/countdown"
import ActionError from "@modules/common/components/action-error"
import type { CartHolds } from "types/federated"

// The shopper is offered more time once the first hold has this little left.
const NEAR_END_MS = 5 * 60_000

/**
 * When the cart's first hold runs out, and, near the end, "Keep my items": an active
 * shopper extends every hold of the cart, up to the server's maximum.
 */
const HoldsNotice = ({ holds }: { holds: CartHolds }) => {
  const timeLeft = useTimeLeft(holds.expires_at)
  const { run, error, isPending } = useCartAction()

  if (!holds.expires_at || timeLeft === 0) {
    return null
  }
  const canExtend =
    holds.extendable_until !== null && new Date(holds.extendable_until).getTime() > new Date(holds.expires_at).getTime()
  const nearEnd = timeLeft !== null && timeLeft <= NEAR_END_MS

  return (
    <div className="holds-notice" data-testid="holds-notice" data-near-end={nearEnd}>
      <p>
        Your items are held for{" "}
        <strong data-testid="holds-countdown">{timeLeft === null ? "--:--" : formatCountdown(timeLeft)}</strong>
      </p>
      {nearEnd && canExtend && (
        <button
          type="button"
          className="button button--primary"
          data-testid="extend-holds"
          disabled={isPending}
          onClick={() => run(extendHolds)}
        >
          {isPending ? "Keeping…" : "Keep my items"}
        </button>
      )}
      <ActionError error={error} testId="extend-holds-error" />
    </div>
  )
}

export default HoldsNotice
