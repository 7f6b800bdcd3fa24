import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_DELIVERY_MODULE } from "../../../../../modules/product-delivery"
import type ProductDeliveryModuleService from "../../../../../modules/product-delivery/service"
import { setProductDeliveryWorkflow } from "../../../../../workflows/set-product-delivery"
import type { AdminSetProductDeliveryType } from "./validators"

async function productDelivery(req: MedusaRequest) {
  const service: ProductDeliveryModuleService = req.scope.resolve(PRODUCT_DELIVERY_MODULE)
  const setting = (await service.settingsOf([req.params.id])).get(req.params.id)
  return { product_id: req.params.id, ...setting }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ product_delivery: await productDelivery(req) })
}

export async function POST(req: MedusaRequest<AdminSetProductDeliveryType>, res: MedusaResponse) {
  await setProductDeliveryWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id } })
  res.json({ product_delivery: await productDelivery(req) })
}
