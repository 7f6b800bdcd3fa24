import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { QueryState } from "../lib/query-state"
import { useDebouncedValue } from "../lib/use-debounced-value"
import { useNow } from "../lib/use-now"
import { usePagination } from "../lib/use-pagination"
import { HoldSummary } from "./hold-summary"
import { TICKETS_REFRESH_MS, useTickets } from "./hooks"
import { ReleaseTicketDrawer } from "./release-ticket-drawer"
import { TicketFilterBar } from "./ticket-filter-bar"
import { TicketsTable } from "./tickets-table"
import type { AdminTicket } from "./types"
import { useTicketFilters } from "./use-ticket-filters"

const pageSize = 50

export const TicketsPage = () => {
  const filterState = useTicketFilters()
  const { filters, setFilter } = filterState
  // Typed filters wait for a pause, so every key stroke does not become a request.
  const q = useDebouncedValue(filters.q?.trim(), 300)
  const cartId = useDebouncedValue(filters.cart_id?.trim(), 300)
  const [pageIndex, setPageIndex] = useState(0)
  const [releasing, setReleasing] = useState<AdminTicket | null>(null)
  const now = useNow()

  const tickets = useTickets({ ...filters, q, cart_id: cartId, limit: pageSize, offset: pageIndex * pageSize })
  const pagination = usePagination({ pageSize, pageIndex, setPageIndex, count: tickets.data?.count })
  const filterKey = JSON.stringify(filters)
  useEffect(() => setPageIndex(0), [filterKey])

  const productTitle = tickets.data?.tickets.find((ticket) => ticket.product?.id === filters.product_id)?.product?.title

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Tickets</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Time-limited holds on shared inventory, next to run out first. Refreshes every {TICKETS_REFRESH_MS / 1000} s.
        </Text>
      </div>
      <HoldSummary
        federatedStoreId={filters.federated_store_id}
        now={now}
        onPickProduct={(productId) => setFilter("product_id", productId)}
      />
      <TicketFilterBar {...filterState} productTitle={productTitle} />
      <QueryState query={tickets} errorFallback="Could not load tickets" loadingText="Loading tickets...">
        {(data) =>
          data.tickets.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="tickets-empty">
              {filters.status === "live" ? "Nothing is held right now." : "No tickets match these filters."}
            </Text>
          ) : (
            <div>
              <TicketsTable tickets={data.tickets} now={now} onRelease={setReleasing} />
              <Table.Pagination {...pagination} />
            </div>
          )
        }
      </QueryState>
      {releasing && <ReleaseTicketDrawer ticket={releasing} onClose={() => setReleasing(null)} />}
    </Container>
  )
}
