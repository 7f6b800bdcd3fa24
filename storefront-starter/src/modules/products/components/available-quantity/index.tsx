import type { LiveStockMode } from "@lib/hooks/use-live-stock"

type AvailableQuantityProps = {
  /** null: the variant's stock is not tracked, so there is no count to show. */
  count: number | null | undefined
  mode: LiveStockMode
}

/** The units still free for this shopper, kept live; `data-live-stock` says how. */
const AvailableQuantity = ({ count, mode }: AvailableQuantityProps) => {
  if (typeof count !== "number") {
    return null
  }
  return (
    <p className="product-actions__stock" data-testid="available-quantity" data-live-stock={mode} aria-live="polite">
      {count > 0 ? `${count} available` : "Sold out for now"}
    </p>
  )
}

export default AvailableQuantity
