// The rules are plain TypeScript without server imports: the widget offers exactly what the server accepts.
export {
  DELIVERY_KINDS,
  GOODS,
  KINDS_OF_GOODS,
  settingProblem,
  type DeliveryKind,
  type Goods,
} from "../../src/modules/product-delivery/rules"
import type { DeliveryKind, Goods } from "../../src/modules/product-delivery/rules"

export type ProductDelivery = { product_id: string; goods: Goods; kinds: DeliveryKind[]; default_kind: DeliveryKind }
export type ProductDeliveryResponse = { product_delivery: ProductDelivery }
export type SetProductDeliveryBody = Omit<ProductDelivery, "product_id">
