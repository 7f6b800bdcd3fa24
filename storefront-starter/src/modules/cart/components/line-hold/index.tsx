"use client"

import { holdLineAgain } from "@lib/data/cart"
import { useCartAction } from "@lib/hooks/use-cart-action"
import { useTimeLeft } from "@lib/hooks/use-time-left"
import { formatCountdown } from "@lib/util/countdown"
import ActionError from "@modules/common/components/action-error"
import type { LineTicket } from "types/federated"

type LineHoldProps = {
  lineId: string
  ticket: LineTicket
}

/**
 * How long this line's units stay held, ticking down in the browser. Once the hold has
 * run out (say the server, or the clock), the line is marked expired and can be held again.
 */
const LineHold = ({ lineId, ticket }: LineHoldProps) => {
  const timeLeft = useTimeLeft(ticket.status === "held" ? ticket.expires_at : null)
  const { run, error, isPending } = useCartAction()

  if (ticket.status === "none") {
    return null
  }
  if (ticket.status === "held" && timeLeft !== 0) {
    return (
      <p className="line-hold" data-testid="line-hold" data-hold-status="held">
        Held for you:{" "}
        <span className="line-hold__countdown" data-testid="line-hold-countdown" data-expires-at={ticket.expires_at}>
          {timeLeft === null ? "--:--" : formatCountdown(timeLeft)}
        </span>
      </p>
    )
  }
  return (
    <div className="line-hold" data-testid="line-hold" data-hold-status="expired" aria-busy={isPending}>
      <span className="badge badge--expired" data-testid="line-hold-expired">
        Expired
      </span>
      <button
        type="button"
        className="button"
        data-testid="line-hold-again"
        disabled={isPending}
        onClick={() => run(() => holdLineAgain(lineId))}
      >
        {isPending ? "Holding…" : "Hold again"}
      </button>
      <ActionError error={error} testId="line-hold-error" />
    </div>
  )
}

export default LineHold
