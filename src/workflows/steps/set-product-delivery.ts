import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_DELIVERY_MODULE } from "../../modules/product-delivery"
import { DeliveryKind, DeliverySetting, Goods, settingOf, settingProblem } from "../../modules/product-delivery/rules"
import type ProductDeliveryModuleService from "../../modules/product-delivery/service"

export type ProductDeliveryInput = { product_id: string; goods: Goods; kinds: DeliveryKind[]; default_kind?: DeliveryKind | null }

type Undo = { created_id: string | null; previous: ({ id: string } & DeliverySetting) | null }

/** Saves a product's delivery setting, refusing an illegal one (the route refuses it first; this is the rule's home). */
export const setProductDeliveryStep = createStep(
  "set-product-delivery",
  async ({ product_id, ...choice }: ProductDeliveryInput, { container }) => {
    const problem = settingProblem(choice)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    }
    const service: ProductDeliveryModuleService = container.resolve(PRODUCT_DELIVERY_MODULE)
    const setting = settingOf(choice)
    const [previous] = await service.listProductDeliveries({ product_id })
    const saved = previous
      ? await service.updateProductDeliveries({ id: previous.id, ...setting })
      : await service.createProductDeliveries({ product_id, ...setting })
    const undo: Undo = previous
      ? {
          created_id: null,
          previous: {
            id: previous.id,
            goods: previous.goods,
            kinds: previous.kinds as DeliveryKind[],
            default_kind: previous.default_kind,
          },
        }
      : { created_id: saved.id, previous: null }
    return new StepResponse(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: ProductDeliveryModuleService = container.resolve(PRODUCT_DELIVERY_MODULE)
    if (undo.created_id) {
      await service.deleteProductDeliveries(undo.created_id)
    } else if (undo.previous) {
      await service.updateProductDeliveries(undo.previous)
    }
  }
)
