import { Drawer, Table, Text } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { useCart } from "./hooks"
import { StateBadge } from "./state-badge"

/** One cart's moves, oldest first, and who or what made each. */
export const MoveLogDrawer = ({ cartId, onClose }: { cartId: string; onClose: () => void }) => {
  const cart = useCart(cartId)
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Cart {cart.data?.federated_cart.number ?? ""}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="p-0">
          <QueryState query={cart} errorFallback="Could not load the cart">
            {({ federated_cart }) =>
              federated_cart.moves.length === 0 ? (
                <Text size="small" className="text-ui-fg-subtle px-6 py-4">
                  No moves yet: the cart is new.
                </Text>
              ) : (
                <Table data-testid="cart-move-log">
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>When</Table.HeaderCell>
                      <Table.HeaderCell>Move</Table.HeaderCell>
                      <Table.HeaderCell>By</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {federated_cart.moves.map((move) => (
                      <Table.Row key={move.id} data-testid="cart-move-row" data-from={move.from} data-to={move.to}>
                        <Table.Cell>{new Date(move.moved_at).toLocaleString()}</Table.Cell>
                        <Table.Cell>
                          <div className="flex items-center gap-x-1">
                            <StateBadge state={move.from} /> → <StateBadge state={move.to} />
                          </div>
                        </Table.Cell>
                        <Table.Cell title={move.reason ?? undefined}>
                          {move.actor}
                          {move.reason ? ` · ${move.reason}` : ""}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )
            }
          </QueryState>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
