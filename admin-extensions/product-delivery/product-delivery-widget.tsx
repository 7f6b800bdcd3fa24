import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { DeliveryForm } from "./delivery-form"
import { useProductDelivery } from "./hooks"

export const ProductDeliveryWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const delivery = useProductDelivery(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-delivery">
      <div className="px-6 py-4">
        <Heading level="h2">Delivery</Heading>
      </div>
      <div className="px-6 py-4">
        <QueryState query={delivery} errorFallback="Could not load the product's delivery" className="">
          {/* Keyed so a saved answer resets the form to what the server holds. */}
          {(data) => <DeliveryForm key={JSON.stringify(data.product_delivery)} current={data.product_delivery} />}
        </QueryState>
      </div>
    </Container>
  )
}
