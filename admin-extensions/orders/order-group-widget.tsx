import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { GroupOrdersTable } from "./group-orders-table"
import { HandOffLog } from "./hand-off-log"
import { useOrderGroup } from "./hooks"
import { formatMoney } from "./money"

/** On an order's page: the checkout it came from (its order group) and how each store's share reached its distributor. */
export const OrderGroupWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const group = useOrderGroup(order.id)
  return (
    <Container className="divide-y p-0" data-testid="order-group-widget">
      <div className="px-6 py-4">
        <Heading level="h2">Order group</Heading>
      </div>
      <QueryState query={group} errorFallback="Could not load the order's group">
        {({ order_group, hand_offs }) =>
          order_group ? (
            <>
              <div className="flex flex-col gap-y-2 px-6 py-4">
                <Text size="small" className="text-ui-fg-subtle">
                  One checkout, {order_group.store_count} {order_group.store_count === 1 ? "store" : "stores"}, paid{" "}
                  {formatMoney(order_group.total, order_group.currency_code)} in one payment.
                </Text>
                <GroupOrdersTable orders={order_group.orders} currentOrderId={order.id} />
              </div>
              <div className="flex flex-col gap-y-2 px-6 py-4">
                <Heading level="h3">Distributor hand-offs</Heading>
                <HandOffLog orderId={order.id} handOffs={hand_offs} orders={order_group.orders} />
              </div>
            </>
          ) : (
            <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
              This order was not placed through a federated checkout.
            </Text>
          )
        }
      </QueryState>
    </Container>
  )
}
