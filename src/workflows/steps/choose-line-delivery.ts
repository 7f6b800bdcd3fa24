import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_DELIVERY_MODULE } from "../../modules/product-delivery"
import { choiceProblem, DELIVERY_KIND_KEY, DeliveryKind, isRedeemed, MAIL_ONLY } from "../../modules/product-delivery/rules"
import type ProductDeliveryModuleService from "../../modules/product-delivery/service"

export type LineDeliveryInput = { cart_id: string; line_item_id: string; kind: DeliveryKind }

/**
 * A shopper chooses how one line is delivered, among the kinds its product allows. A line
 * holding a redeemed prepaid code is delivered immediately: its kind is not the shopper's
 * to change.
 */
export const chooseLineDeliveryStep = createStep(
  "choose-line-delivery",
  async ({ cart_id, line_item_id, kind }: LineDeliveryInput, { container }) => {
    const cart = container.resolve(Modules.CART)
    const [line] = await cart.listLineItems({ id: line_item_id, cart_id }, { select: ["id", "title", "product_id", "metadata"] })
    if (!line) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${line_item_id} in cart ${cart_id}.`)
    }
    if (isRedeemed(line.metadata)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${line.title}" was bought with a prepaid code: it is always delivered immediately.`
      )
    }
    const settings = await container
      .resolve<ProductDeliveryModuleService>(PRODUCT_DELIVERY_MODULE)
      .settingsOf(line.product_id ? [line.product_id] : [])
    const problem = choiceProblem(line.title, settings.get(line.product_id ?? "") ?? MAIL_ONLY, kind)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const previous = line.metadata ?? null
    await cart.updateLineItems(line.id, { metadata: { ...(previous ?? {}), [DELIVERY_KIND_KEY]: kind } })
    return new StepResponse({ line_item_id: line.id, kind }, { id: line.id, metadata: previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve(Modules.CART).updateLineItems(undo.id, { metadata: undo.metadata })
    }
  }
)
