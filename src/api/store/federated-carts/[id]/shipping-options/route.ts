import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { readCartByStore } from "../../../../../workflows/steps/read-checkout"
import { linesByStore, shipsByMail, storesServedBy } from "../../../../../workflows/utils/store-orders"

type ListedOption = {
  id: string
  name: string
  amount?: number | null
  is_tax_inclusive?: boolean
  insufficient_inventory?: boolean
  shipping_profile_id: string | null
  type?: { label?: string | null; description?: string | null; code?: string | null } | null
  service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null
}

/**
 * The cart's shipping options, store by store: an option belongs to the store whose lines
 * it ships (same shipping profile, from one of the store's locations; the rule checkout
 * applies), so the shopper picks one per store. `selected_option_id` is the store's
 * current shipping method.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { cart, stores, storeOfProduct } = await readCartByStore(req.scope, req.params.id)
  const { result } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: cart.id, is_return: false },
  })
  const shares = linesByStore(cart, stores, storeOfProduct)
  const chosen = new Set(cart.shipping_methods.map((method) => method.shipping_option_id))
  const byStore = new Map(shares.map((share) => [share.store.id, [] as ListedOption[]]))
  for (const option of result as unknown as ListedOption[]) {
    const place = {
      shipping_profile_id: option.shipping_profile_id,
      location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
    }
    for (const share of storesServedBy(place, shares)) {
      byStore.get(share.store.id)!.push(option)
    }
  }
  res.json({
    stores: shares.map((share) => {
      const options = byStore.get(share.store.id)!
      return {
        federated_store: { id: share.store.id, name: share.store.name, handle: share.store.handle ?? null },
        requires_shipping: share.lines.some(shipsByMail),
        selected_option_id: options.find((option) => chosen.has(option.id))?.id ?? null,
        shipping_options: options.map((option) => ({
          id: option.id,
          name: option.name,
          description: option.type?.description ?? null,
          amount: option.amount ?? null,
          is_tax_inclusive: !!option.is_tax_inclusive,
          insufficient_inventory: !!option.insufficient_inventory,
        })),
      }
    }),
  })
}
