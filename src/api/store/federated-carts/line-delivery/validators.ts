import { z } from "@medusajs/framework/zod"
import { DELIVERY_KINDS } from "../../../../modules/product-delivery/rules"

export const StoreChooseLineDelivery = z.object({ kind: z.enum(DELIVERY_KINDS) }).strict()
export type StoreChooseLineDeliveryType = z.infer<typeof StoreChooseLineDelivery>
