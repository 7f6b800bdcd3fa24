import { sdk } from "../lib/sdk"
import type { ProductVisibilityResponse, PurchaseRuleResponse, SetProductVisibilityBody, SetPurchaseRuleBody } from "./types"

const productPath = (productId: string) => `/admin/products/${encodeURIComponent(productId)}`
const visibilityPath = (productId: string) => `${productPath(productId)}/visibility`
const purchaseRulePath = (productId: string) => `${productPath(productId)}/purchase-rule`

export const visibilityApi = {
  retrieve: (productId: string) => sdk.client.fetch<ProductVisibilityResponse>(visibilityPath(productId)),

  set: (productId: string, body: SetProductVisibilityBody) =>
    sdk.client.fetch<ProductVisibilityResponse>(visibilityPath(productId), { method: "POST", body }),

  purchaseRule: (productId: string) => sdk.client.fetch<PurchaseRuleResponse>(purchaseRulePath(productId)),

  setPurchaseRule: (productId: string, body: SetPurchaseRuleBody) =>
    sdk.client.fetch<PurchaseRuleResponse>(purchaseRulePath(productId), { method: "POST", body }),
}
