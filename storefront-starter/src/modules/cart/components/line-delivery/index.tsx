"use client"

import { chooseLineDelivery } from "@lib/data/delivery"
import { useCartAction } from "@lib/hooks/use-cart-action"
import { DELIVERY_LABELS } from "@lib/util/delivery-kinds"
import ActionError from "@modules/common/components/action-error"
import type { DeliveryKind, LineDelivery as LineDeliveryType } from "types/federated"

/** How a line will be delivered; a choice where its product allows more than one kind. */
const LineDelivery = ({ lineId, delivery }: { lineId: string; delivery: LineDeliveryType }) => {
  const { run, error, isPending } = useCartAction()

  if (delivery.choices.length < 2) {
    return (
      <p className="muted" data-testid="line-delivery" data-kind={delivery.kind}>
        {DELIVERY_LABELS[delivery.kind].promise}
      </p>
    )
  }
  return (
    <fieldset className="line-delivery" data-testid="line-delivery" data-kind={delivery.kind} aria-busy={isPending}>
      <legend className="muted">Delivery</legend>
      {delivery.choices.map((kind: DeliveryKind) => (
        <label key={kind}>
          <input
            type="radio"
            name={`delivery-${lineId}`}
            value={kind}
            data-testid={`line-delivery-${kind}`}
            checked={delivery.kind === kind}
            disabled={isPending}
            onChange={() => run(() => chooseLineDelivery(lineId, kind))}
          />{" "}
          {DELIVERY_LABELS[kind].choice}
        </label>
      ))}
      <ActionError error={error} testId="line-delivery-error" />
    </fieldset>
  )
}

export default LineDelivery
