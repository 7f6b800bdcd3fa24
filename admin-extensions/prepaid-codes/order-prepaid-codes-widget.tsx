import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { usePrepaidCodes } from "./hooks"
import { PrepaidCodesTable } from "./prepaid-codes-table"

/** On an order: the prepaid codes it issued (last 4 only) and the ones it redeemed. */
export const OrderPrepaidCodesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const codes = usePrepaidCodes({ order_id: order.id, limit: 200, offset: 0 })
  if (!codes.data?.prepaid_codes.length && !codes.isError) {
    return null
  }
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Prepaid codes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Issued to the buyer by e-mail, or redeemed in this order.
        </Text>
      </div>
      <QueryState query={codes} errorFallback="Could not load the order's prepaid codes">
        {(data) => <PrepaidCodesTable codes={data.prepaid_codes} />}
      </QueryState>
    </Container>
  )
}
