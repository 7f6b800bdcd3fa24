import { DELIVERY_LABELS } from "@lib/util/delivery-kinds"
import type { DeliveryKind } from "types/federated"

/** The confirmation's promise of how one bought line reaches the shopper (store charges have none). */
const DeliveryNote = ({ kind }: { kind?: DeliveryKind | null }) =>
  kind ? (
    <span className="muted" data-testid="confirmed-line-delivery" data-kind={kind}>
      {DELIVERY_LABELS[kind].promise}
    </span>
  ) : null

export default DeliveryNote
