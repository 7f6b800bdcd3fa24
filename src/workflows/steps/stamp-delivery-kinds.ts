import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { PRODUCT_DELIVERY_MODULE } from "../../modules/product-delivery"
import { choiceProblem, DELIVERY_KIND_KEY, isRedeemed, kindOnLine, MAIL_ONLY } from "../../modules/product-delivery/rules"
import type ProductDeliveryModuleService from "../../modules/product-delivery/service"

type Metadata = Record<string, unknown> | null | undefined

export type StampDeliveryKindsInput = {
  add: AddToCartWorkflowInputDTO
  /** The added variants, with their products' titles. */
  variants: { id: string; product_id?: string | null; product?: { title?: string | null } | null }[]
  /** The cart's lines as they are before the add. */
  lines: ({ id: string; variant_id?: string | null; metadata?: Metadata } | null)[]
}

// A line that carries only its delivery kind: the one an added unit of its variant joins.
const plainLine = (metadata: Metadata) => Object.keys(metadata ?? {}).every((key) => key === DELIVERY_KIND_KEY)

/**
 * Gives every added item its delivery kind before Medusa's add-to-cart sees it: the one
 * the shopper asked for (refused with a 400 if the product does not allow it), else the
 * kind of the cart's line of that variant (so core merges the units into that line, whose
 * metadata must match), else the product's default. A web service's lines ship nothing.
 * The variants and lines come from the change's own read of the cart.
 */
export const stampDeliveryKindsStep = createStep(
  "stamp-delivery-kinds",
  async ({ add: input, variants, lines }: StampDeliveryKindsInput, { container }) => {
    if (!(input.items ?? []).some((item) => item.variant_id)) {
      return new StepResponse(input)
    }
    const productOf = new Map(
      variants.map((variant) => [
        variant.id,
        { id: variant.product_id as string, title: variant.product?.title ?? "This product" },
      ])
    )
    const settings = await container
      .resolve<ProductDeliveryModuleService>(PRODUCT_DELIVERY_MODULE)
      .settingsOf([...productOf.values()].map((product) => product.id))

    const items = (input.items ?? []).map((item) => {
      const product = productOf.get(item.variant_id ?? "")
      const setting = settings.get(product?.id ?? "") ?? MAIL_ONLY
      const asked = kindOnLine(item.metadata)
      const problem = asked && !isRedeemed(item.metadata) ? choiceProblem(product?.title ?? "This product", setting, asked) : null
      if (problem) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      }
      const joined = !item.metadata
        ? lines.find((line) => !!line && line.variant_id === item.variant_id && plainLine(line.metadata))
        : undefined
      const metadata = asked
        ? item.metadata
        : joined
          ? (joined.metadata ?? undefined)
          : { ...(item.metadata ?? {}), [DELIVERY_KIND_KEY]: setting.default_kind }
      return setting.goods === "web_service" ? { ...item, metadata, requires_shipping: false } : { ...item, metadata }
    })
    return new StepResponse({ ...input, items })
  }
)
