import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { useProductVisibility, usePurchaseRule } from "./hooks"
import { PurchaseRuleForm } from "./purchase-rule-form"
import { VisibilityForm } from "./visibility-form"

export const ProductVisibilityWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const visibility = useProductVisibility(product.id)
  const purchaseRule = usePurchaseRule(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-visibility">
      <div className="px-6 py-4">
        <Heading level="h2">Who may see and buy it</Heading>
      </div>
      <div className="px-6 py-4">
        <QueryState query={visibility} errorFallback="Could not load the product's visibility" className="">
          {/* Keyed so a saved answer resets the form to what the server holds. */}
          {(data) => <VisibilityForm key={JSON.stringify(data.product_visibility)} current={data.product_visibility} />}
        </QueryState>
      </div>
      <div className="px-6 py-4">
        <QueryState query={purchaseRule} errorFallback="Could not load the product's purchase rule" className="">
          {(data) => <PurchaseRuleForm key={JSON.stringify(data.purchase_rule)} current={data.purchase_rule} />}
        </QueryState>
      </div>
    </Container>
  )
}
