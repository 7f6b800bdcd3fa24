"use client"

import { usePathname } from "next/navigation"
import { useState, useTransition } from "react"

import { addToCart } from "@lib/data/cart"
import { useLiveStock } from "@lib/hooks/use-live-stock"
import { getVariantPrice } from "@lib/util/get-product-price"
import AvailableQuantity from "@modules/products/components/available-quantity"
import type { FederatedProduct, FederatedVariant } from "types/federated"

type ProductActionsProps = {
  product: FederatedProduct
  storeName: string
  /** The variant a bookmark points at, picked when the shopper comes back. */
  initialVariantId?: string
}

type Status = { kind: "added" } | { kind: "error"; message: string } | null

const variantLabel = (variant: FederatedVariant): string =>
  variant.title || (variant.options ?? []).map((o) => o.value).join(" / ") || variant.sku || variant.id

const MAX_QUANTITY = 99

const ProductActions = ({ product, storeName, initialVariantId }: ProductActionsProps) => {
  const variants = product.variants ?? []
  // The page the shopper is on, with the chosen variant, becomes the line's bookmark.
  const pathname = usePathname()
  const [variantId, setVariantId] = useState(variants.find((v) => v.id === initialVariantId)?.id ?? variants[0]?.id ?? "")
  const [quantity, setQuantity] = useState(1)
  const [status, setStatus] = useState<Status>(null)
  const [isPending, startTransition] = useTransition()
  const stock = useLiveStock(
    variants.map((v) => v.id),
    Object.fromEntries(variants.map((v) => [v.id, v.available_quantity ?? null]))
  )

  const selected = variants.find((v) => v.id === variantId)
  const price = getVariantPrice(selected)

  const handleAdd = () => {
    if (!selected) {
      return
    }
    setStatus(null)
    startTransition(async () => {
      try {
        const result = await addToCart({
          variantId: selected.id,
          quantity,
          bookmark: {
            url: `${pathname}?variant=${encodeURIComponent(selected.id)}`,
            title: `${product.title} | ${storeName}`,
          },
        })
        setStatus(result.success ? { kind: "added" } : { kind: "error", message: result.error })
      } catch {
        // The action itself failed (e.g. the server went away mid-request).
        setStatus({ kind: "error", message: "Could not reach the store. Please try again." })
      }
    })
  }

  return (
    <div className="product-actions">
      {variants.length > 1 && (
        <fieldset className="variant-picker" data-testid="variant-picker">
          <legend>Options</legend>
          {variants.map((variant) => (
            <button
              key={variant.id}
              type="button"
              className="variant-picker__option"
              aria-pressed={variant.id === variantId}
              data-testid="variant-option"
              data-variant-id={variant.id}
              onClick={() => {
                setVariantId(variant.id)
                setStatus(null)
              }}
            >
              {variantLabel(variant)}
            </button>
          ))}
        </fieldset>
      )}

      <p className="product-actions__price" data-testid="product-price">
        {price ?? "Price unavailable"}
      </p>
      <AvailableQuantity count={selected && stock.counts[selected.id]} mode={stock.mode} />

      <label className="product-actions__quantity">
        Quantity
        <input
          type="number"
          min={1}
          max={MAX_QUANTITY}
          value={quantity}
          data-testid="quantity-input"
          onChange={(e) => {
            const next = Math.floor(Number(e.target.value))
            setQuantity(Number.isFinite(next) ? Math.min(Math.max(next, 1), MAX_QUANTITY) : 1)
          }}
        />
      </label>

      <button
        type="button"
        className="button button--primary"
        data-testid="add-to-cart"
        data-variant-id={selected?.id}
        disabled={!selected || isPending}
        onClick={handleAdd}
      >
        {isPending ? "Adding…" : selected ? "Add to cart" : "Unavailable"}
      </button>

      <p
        className={`product-actions__status${status?.kind === "error" ? " error" : ""}`}
        data-testid="add-to-cart-status"
        data-status={status?.kind ?? "idle"}
        role="status"
        aria-live="polite"
      >
        {status?.kind === "added" && "Added"}
        {status?.kind === "error" && status.message}
      </p>
    </div>
  )
}

export default ProductActions
