import { MedusaService } from "@medusajs/framework/utils"
import ProductDelivery from "./models/product-delivery"
import { DeliveryKind, DeliverySetting, MAIL_ONLY } from "./rules"

class ProductDeliveryModuleService extends MedusaService({ ProductDelivery }) {
  /** Each product's delivery setting; products without a row get `MAIL_ONLY`. */
  async settingsOf(productIds: string[]): Promise<Map<string, DeliverySetting>> {
    const ids = [...new Set(productIds)]
    const rows = ids.length ? await this.listProductDeliveries({ product_id: ids }) : []
    const found = new Map(
      rows.map((row) => [
        row.product_id,
        { goods: row.goods, kinds: row.kinds as DeliveryKind[], default_kind: row.default_kind },
      ])
    )
    return new Map(ids.map((id) => [id, found.get(id) ?? MAIL_ONLY]))
  }
}

export default ProductDeliveryModuleService
