import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { deleteLineItemsWithTicketsWorkflow, updateLineItemWithTicketsWorkflow } from "../../../../../../workflows"
import { withStockConflicts } from "../../../tickets"

type UpdateLineItemBody = HttpTypes.StoreUpdateCartLineItem & { additional_data?: Record<string, unknown> }

/** Medusa's change-quantity route: the line's ticket grows or shrinks with it. */
export async function POST(req: MedusaRequest<UpdateLineItemBody>, res: MedusaResponse<HttpTypes.StoreCartResponse>) {
  const { id: cartId, line_id: lineId } = req.params
  const input = {
    cart_id: cartId,
    item_id: lineId,
    update: req.validatedBody,
    additional_data: req.validatedBody.additional_data,
  }
  await withStockConflicts(req.scope, { cart_id: cartId, variant_id: await variantOfLine(req, lineId) }, () =>
    updateLineItemWithTicketsWorkflow(req.scope).run({ input })
  )
  const cart = await refetchCart(cartId, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart: cart as HttpTypes.StoreCart })
}

/** Medusa's remove-line route: the line's ticket is released. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse<HttpTypes.StoreLineItemDeleteResponse>) {
  const { id: cartId, line_id: lineId } = req.params
  await deleteLineItemsWithTicketsWorkflow(req.scope).run({ input: { cart_id: cartId, ids: [lineId] } })
  const cart = await refetchCart(cartId, req.scope, req.queryConfig.fields)
  res.status(200).json({ id: lineId, object: "line-item", deleted: true, parent: cart as HttpTypes.StoreCart })
}

async function variantOfLine(req: MedusaRequest, lineId: string) {
  const { data } = await req.scope
    .resolve("query")
    .graph({ entity: "line_item", fields: ["variant_id"], filters: { id: lineId } })
  return (data[0]?.variant_id as string | undefined) ?? null
}
