import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type { ProductKind } from "../../modules/visibility/models/product-visibility"
import type VisibilityModuleService from "../../modules/visibility/service"

export type ProductVisibilityInput = { product_id: string; kind: ProductKind; partner_id?: string | null }

type Previous = { id: string; kind: ProductKind; partner_id: string | null } | null

export const setProductVisibilityStep = createStep(
  "set-product-visibility",
  async ({ product_id, kind, partner_id = null }: ProductVisibilityInput, { container }) => {
    const visibility: VisibilityModuleService = container.resolve(VISIBILITY_MODULE)
    const [previous] = await visibility.listProductVisibilities({ product_id })
    const saved = previous
      ? await visibility.updateProductVisibilities({ id: previous.id, kind, partner_id })
      : await visibility.createProductVisibilities({ product_id, kind, partner_id })
    const undo: { created_id: string | null; previous: Previous } = {
      created_id: previous ? null : saved.id,
      previous: previous ? { id: previous.id, kind: previous.kind, partner_id: previous.partner_id } : null,
    }
    return new StepResponse(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const visibility: VisibilityModuleService = container.resolve(VISIBILITY_MODULE)
    if (undo.created_id) {
      await visibility.deleteProductVisibilities(undo.created_id)
    } else if (undo.previous) {
      await visibility.updateProductVisibilities(undo.previous)
    }
  }
)
