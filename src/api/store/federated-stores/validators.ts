import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetFederatedStoresParams = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
})

export const StoreGetFederatedStoreParams = z.object({
  region_id: z.string().optional(),
})
