import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VISIBILITY_MODULE } from "../../../../../modules/visibility"
import type VisibilityModuleService from "../../../../../modules/visibility/service"
import { setProductVisibilityWorkflow } from "../../../../../workflows/set-product-visibility"
import type { AdminSetProductVisibilityType } from "./validators"

async function productVisibility(req: MedusaRequest) {
  const visibility: VisibilityModuleService = req.scope.resolve(VISIBILITY_MODULE)
  const [row] = await visibility.listProductVisibilities({ product_id: req.params.id })
  return { product_id: req.params.id, kind: row?.kind ?? "public", partner_id: row?.partner_id ?? null }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ product_visibility: await productVisibility(req) })
}

export async function POST(req: MedusaRequest<AdminSetProductVisibilityType>, res: MedusaResponse) {
  await setProductVisibilityWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id } })
  res.json({ product_visibility: await productVisibility(req) })
}
