import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney } from "./money"
import type { GroupOrder } from "./types"

/** Every store order of the group; the one on screen is marked instead of linked. */
export const GroupOrdersTable = ({ orders, currentOrderId }: { orders: GroupOrder[]; currentOrderId: string }) => (
  <Table data-testid="order-group-orders">
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Store</Table.HeaderCell>
        <Table.HeaderCell>Order</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {orders.map((order) => (
        <Table.Row
          key={order.id}
          data-testid="order-group-order"
          data-order-id={order.id}
          data-current={order.id === currentOrderId}
        >
          <Table.Cell>{order.federated_store?.name ?? "—"}</Table.Cell>
          <Table.Cell>
            {order.id === currentOrderId ? (
              <Text size="small" className="text-ui-fg-subtle">
                #{order.display_id} (this order)
              </Text>
            ) : (
              <Link
                to={`/orders/${order.id}`}
                className="text-ui-fg-interactive hover:underline"
                data-testid="order-group-order-link"
              >
                #{order.display_id}
              </Link>
            )}
          </Table.Cell>
          <Table.Cell className="text-right tabular-nums">{formatMoney(order.total, order.currency_code)}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
