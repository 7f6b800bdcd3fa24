import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryItemsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductDeliveryInput, setProductDeliveryStep } from "./steps/set-product-delivery"
import { validateProductsExistStep } from "./steps/validate-products-exist"

type ProductInventory = {
  id: string
  variants?:
    ({ inventory_items?: ({ inventory?: { id: string; requires_shipping: boolean } | null } | null)[] | null } | null)[] | null
}

/**
 * An admin sets how a product is delivered. Its inventory items follow the goods: a web
 * service ships nothing (`requires_shipping: false`, so its lines need no shipping
 * method), merchandise ships. Both writes undo together.
 */
export const setProductDeliveryWorkflow = createWorkflow("set-product-delivery", (input: WorkflowData<ProductDeliveryInput>) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "variants.inventory_items.inventory.id", "variants.inventory_items.inventory.requires_shipping"],
    filters: { id: input.product_id },
  })
  validateProductsExistStep(
    transform({ input, products }, ({ input, products }) => ({ ids: [input.product_id], found: products }))
  )
  const saved = setProductDeliveryStep(input)
  updateInventoryItemsStep(
    transform({ input, products }, ({ input, products }) => {
      const ships = input.goods === "merchandise"
      const items = (products as ProductInventory[]).flatMap((product) =>
        (product.variants ?? []).flatMap((variant) =>
          (variant?.inventory_items ?? []).flatMap((link) => (link?.inventory ? [link.inventory] : []))
        )
      )
      return [...new Map(items.map((item) => [item.id, item])).values()]
        .filter((item) => item.requires_shipping !== ships)
        .map((item) => ({ id: item.id, requires_shipping: ships }))
    })
  )
  return new WorkflowResponse(saved)
})
