import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { QueryState } from "../lib/query-state"
import { useDebouncedValue } from "../lib/use-debounced-value"
import { usePagination } from "../lib/use-pagination"
import { useCarts } from "./hooks"
import { MoveLogDrawer } from "./move-log-drawer"
import { StateBadge } from "./state-badge"
import type { CartState } from "./types"

const pageSize = 50
const STATES: CartState[] = ["new", "shop", "full", "done", "void"]

/** Every cart with its state and number, newest first by the instant it was opened. */
export const CartsPage = () => {
  const [state, setState] = useState<CartState | "all">("all")
  const [typed, setTyped] = useState("")
  const q = useDebouncedValue(typed.trim(), 300)
  const [pageIndex, setPageIndex] = useState(0)
  const [openCart, setOpenCart] = useState<string | null>(null)
  const carts = useCarts({ state: state === "all" ? undefined : state, q, limit: pageSize, offset: pageIndex * pageSize })
  const pagination = usePagination({ pageSize, pageIndex, setPageIndex, count: carts.data?.count })
  useEffect(() => setPageIndex(0), [state, q])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Carts</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Every cart's state and number; open one for its move log.
        </Text>
      </div>
      <div className="flex gap-x-2 px-6 py-4">
        <Input placeholder="Cart number" value={typed} onChange={(event) => setTyped(event.target.value)} />
        <Select value={state} onValueChange={(value) => setState(value as CartState | "all")}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Every state</Select.Item>
            {STATES.map((name) => (
              <Select.Item key={name} value={name}>
                {name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <QueryState query={carts} errorFallback="Could not load carts" loadingText="Loading carts...">
        {(data) => (
          <div>
            <Table data-testid="carts-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Number</Table.HeaderCell>
                  <Table.HeaderCell>State</Table.HeaderCell>
                  <Table.HeaderCell>Opened</Table.HeaderCell>
                  <Table.HeaderCell>E-mail</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.federated_carts.map((cart) => (
                  <Table.Row
                    key={cart.id}
                    className="cursor-pointer"
                    data-testid="cart-row"
                    data-cart-id={cart.cart_id}
                    data-state={cart.state}
                    onClick={() => setOpenCart(cart.cart_id)}
                  >
                    <Table.Cell>
                      <code className="txt-compact-small" data-testid="cart-row-number">
                        {cart.number}
                      </code>
                    </Table.Cell>
                    <Table.Cell>
                      <StateBadge state={cart.state} />
                    </Table.Cell>
                    <Table.Cell>{new Date(cart.opened_at).toLocaleString()}</Table.Cell>
                    <Table.Cell>{cart.cart?.email ?? "–"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Table.Pagination {...pagination} />
          </div>
        )}
      </QueryState>
      {openCart && <MoveLogDrawer cartId={openCart} onClose={() => setOpenCart(null)} />}
    </Container>
  )
}
