import type { ReactNode } from "react"

import Thumbnail from "@modules/common/components/thumbnail"
import type { PurchasedLine as PurchasedLineType } from "types/federated"

type PurchasedLineProps = {
  item: PurchasedLineType
  testId: string
  /** Shown at the end of the line (its status, its price). */
  children?: ReactNode
  status?: string
}

/** A bought line: picture, product, variant, quantity. */
const PurchasedLine = ({ item, testId, children, status }: PurchasedLineProps) => (
  <li className="cart-line" data-testid={testId} data-status={status}>
    <Thumbnail src={item.thumbnail} alt={item.product_title ?? item.title} size="small" />
    <div className="cart-line__details">
      <p className="cart-line__title">{item.product_title ?? item.title}</p>
      {item.variant_title && <p className="muted">{item.variant_title}</p>}
      <p className="muted">Quantity: {item.quantity}</p>
    </div>
    {children}
  </li>
)

export default PurchasedLine
