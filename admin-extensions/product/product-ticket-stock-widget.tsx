import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { QueryState } from "../lib/query-state"
import { useProductTicketStock } from "../tickets/hooks"
import { VariantStockTable } from "./variant-stock-table"

export const ProductTicketStockWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const stock = useProductTicketStock(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-ticket-stock">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Held and available</Heading>
        <Link
          to={`/tickets?product_id=${encodeURIComponent(product.id)}`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          View holds
        </Link>
      </div>
      <QueryState query={stock} errorFallback="Could not load the product's stock">
        {(data) => (
          <>
            <VariantStockTable variants={data.variants} />
            <Text size="xsmall" className="text-ui-fg-subtle px-6 py-3">
              Held: units in shoppers' live tickets. Available: what a shopper can still take, net of holds and orders, over every
              location.
            </Text>
          </>
        )}
      </QueryState>
    </Container>
  )
}
