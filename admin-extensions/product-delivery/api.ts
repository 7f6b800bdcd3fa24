import { sdk } from "../lib/sdk"
import type { ProductDeliveryResponse, SetProductDeliveryBody } from "./types"

const deliveryPath = (productId: string) => `/admin/products/${encodeURIComponent(productId)}/delivery`

export const productDeliveryApi = {
  retrieve: (productId: string) => sdk.client.fetch<ProductDeliveryResponse>(deliveryPath(productId)),

  set: (productId: string, body: SetProductDeliveryBody) =>
    sdk.client.fetch<ProductDeliveryResponse>(deliveryPath(productId), { method: "POST", body }),
}
