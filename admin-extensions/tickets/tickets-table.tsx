import { Button, Copy, StatusBadge, Table, Text } from "@medusajs/ui"
import { TimeLeft } from "./time-left"
import type { AdminTicket, TicketStatus } from "./types"

type TicketsTableProps = {
  tickets: AdminTicket[]
  now: number
  onRelease: (ticket: AdminTicket) => void
}

type TicketState = TicketStatus | "ran out"

// A held ticket past its expiry holds nothing any more; the sweep has just not marked it yet.
const stateOf = (ticket: AdminTicket): TicketState => (ticket.status === "held" && !ticket.is_live ? "ran out" : ticket.status)

const stateColors: Record<TicketState, "green" | "grey" | "orange" | "blue"> = {
  held: "green",
  "ran out": "grey",
  expired: "grey",
  released: "orange",
  purchased: "blue",
}

const groupKey = (ticket: AdminTicket) => `${ticket.federated_store?.id ?? ""}:${ticket.product?.id ?? ticket.variant_id}`

/** Rows grouped by store and product, each group where its first hold to run out falls. */
const groupByStoreAndProduct = (tickets: AdminTicket[]) => {
  const groups = new Map<string, AdminTicket[]>()
  for (const ticket of tickets) {
    groups.set(groupKey(ticket), [...(groups.get(groupKey(ticket)) ?? []), ticket])
  }
  return [...groups.values()]
}

const shortId = (id: string) => `…${id.slice(-8)}`

// Table.Cell takes no colSpan: the group's name overflows into the empty cart cell.
const GroupHeader = ({ ticket, tickets }: { ticket: AdminTicket; tickets: AdminTicket[] }) => (
  <Table.Row className="bg-ui-bg-subtle" data-testid="tickets-group">
    <Table.Cell className="overflow-visible whitespace-nowrap">
      <Text size="small" weight="plus" leading="compact">
        {ticket.federated_store?.name ?? "No store"} · {ticket.product?.title ?? "Deleted product"}
      </Text>
    </Table.Cell>
    <Table.Cell />
    <Table.Cell className="text-right">
      <Text size="small" weight="plus">
        {tickets.reduce((sum, t) => sum + t.quantity, 0)}
      </Text>
    </Table.Cell>
    <Table.Cell />
    <Table.Cell />
    <Table.Cell />
    <Table.Cell />
  </Table.Row>
)

const TicketRow = ({ ticket, now, onRelease }: { ticket: AdminTicket } & Omit<TicketsTableProps, "tickets">) => (
  <Table.Row data-testid="ticket-row" data-ticket-id={ticket.id} data-cart-id={ticket.cart_id}>
    <Table.Cell>
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {ticket.variant.title ?? ticket.variant_id}
        </Text>
        {ticket.variant.sku && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {ticket.variant.sku}
          </Text>
        )}
      </div>
    </Table.Cell>
    <Table.Cell>
      <div className="flex items-center gap-x-1 whitespace-nowrap" title={ticket.cart_id}>
        <code className="txt-compact-small">{shortId(ticket.cart_id)}</code>
        <Copy content={ticket.cart_id} />
      </div>
    </Table.Cell>
    <Table.Cell className="text-right">{ticket.quantity}</Table.Cell>
    <Table.Cell>{ticket.location.name ?? ticket.location_id}</Table.Cell>
    <Table.Cell>
      <StatusBadge color={stateColors[stateOf(ticket)]}>{stateOf(ticket)}</StatusBadge>
    </Table.Cell>
    <Table.Cell>
      {ticket.status === "held" ? (
        <TimeLeft expiresAt={ticket.expires_at} now={now} />
      ) : (
        <div className="flex max-w-[320px] flex-col whitespace-normal py-2">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {ticket.ended_at && new Date(ticket.ended_at).toLocaleString()}
          </Text>
          {ticket.end_reason && (
            <Text size="small" className="line-clamp-2" title={ticket.end_reason} data-testid="ticket-end-reason">
              {ticket.end_reason}
            </Text>
          )}
        </div>
      )}
    </Table.Cell>
    <Table.Cell className="text-right">
      {ticket.is_live && (
        <Button size="small" variant="secondary" data-testid="ticket-release" onClick={() => onRelease(ticket)}>
          Release
        </Button>
      )}
    </Table.Cell>
  </Table.Row>
)

export const TicketsTable = ({ tickets, now, onRelease }: TicketsTableProps) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Variant</Table.HeaderCell>
        <Table.HeaderCell>Cart</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
        <Table.HeaderCell>Location</Table.HeaderCell>
        <Table.HeaderCell>Status</Table.HeaderCell>
        <Table.HeaderCell>Time left / ended</Table.HeaderCell>
        <Table.HeaderCell />
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {groupByStoreAndProduct(tickets).flatMap((group) => [
        <GroupHeader key={`group:${groupKey(group[0])}`} ticket={group[0]} tickets={group} />,
        ...group.map((ticket) => <TicketRow key={ticket.id} ticket={ticket} now={now} onRelease={onRelease} />),
      ])}
    </Table.Body>
  </Table>
)
