import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_DELIVERY_MODULE } from "../../../../modules/product-delivery"
import { DeliveryKind, isRedeemed, kindOfLine, MAIL_ONLY } from "../../../../modules/product-delivery/rules"
import type ProductDeliveryModuleService from "../../../../modules/product-delivery/service"

/** How a cart line will be delivered, and what the shopper may choose instead. */
export type LineDelivery = {
  kind: DeliveryKind
  /** The kinds the shopper may choose; one kind means there is nothing to choose. */
  choices: DeliveryKind[]
  /** A redeemed prepaid code's line: always immediate. */
  forced: boolean
}

type Line = { product_id?: string | null; metadata?: Record<string, unknown> | null }

/** Reads the products' settings once and answers each line's delivery. */
export async function lineDeliveries(scope: MedusaContainer, lines: Line[]) {
  const productIds = lines.flatMap((line) => (line.product_id ? [line.product_id] : []))
  const settings = await scope.resolve<ProductDeliveryModuleService>(PRODUCT_DELIVERY_MODULE).settingsOf(productIds)
  return (line: Line): LineDelivery => {
    const setting = settings.get(line.product_id ?? "") ?? MAIL_ONLY
    const forced = isRedeemed(line.metadata)
    return { kind: kindOfLine(line.metadata, setting), choices: forced ? ["immediate"] : setting.kinds, forced }
  }
}
