import { Table, Text, Tooltip } from "@medusajs/ui"
import type { VariantTicketStock } from "../tickets/types"

type ItemStock = VariantTicketStock["inventory_items"][number]

const muted = (text: string) => <span className="text-ui-fg-muted">{text}</span>

/** Why held and available do not add up to stocked: the other claims on the units. */
const heldDetails = (item: ItemStock) =>
  [
    item.held_by_variant_quantity < item.held_quantity &&
      `${item.held_quantity - item.held_by_variant_quantity} held through other products sharing this stock`,
    item.other_reserved_quantity > 0 && `${item.other_reserved_quantity} reserved for orders`,
    item.expired_quantity > 0 && `${item.expired_quantity} in run-out holds, free already, awaiting the sweep`,
  ].filter(Boolean)

const HeldCell = ({ item }: { item: ItemStock }) => {
  const details = heldDetails(item)
  const value = <span data-testid="ticket-stock-held">{item.held_quantity}</span>
  return details.length ? (
    <Tooltip content={details.join("; ")}>
      <span className="underline decoration-dotted">{value}</span>
    </Tooltip>
  ) : (
    value
  )
}

const VariantRows = ({ variant }: { variant: VariantTicketStock }) => {
  const items = variant.inventory_items
  const available =
    variant.available_quantity === null
      ? muted(variant.manage_inventory ? "backorder" : "not tracked")
      : variant.available_quantity
  if (!items.length) {
    return (
      <Table.Row data-testid="ticket-stock-row" data-variant-id={variant.id}>
        <Table.Cell>{variant.title}</Table.Cell>
        <Table.Cell className="text-right">{muted("-")}</Table.Cell>
        <Table.Cell className="text-right">{available}</Table.Cell>
        <Table.Cell className="text-right">{muted("-")}</Table.Cell>
      </Table.Row>
    )
  }
  // A variant built from several inventory items (a kit) gets a row per item.
  return (
    <>
      {items.map((item, index) => (
        <Table.Row key={item.inventory_item_id} data-testid="ticket-stock-row" data-variant-id={variant.id}>
          <Table.Cell>
            {index === 0 && (
              <Text size="small" leading="compact">
                {variant.title}
              </Text>
            )}
            {items.length > 1 && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {item.required_quantity} × {item.title ?? item.sku ?? item.inventory_item_id}
              </Text>
            )}
          </Table.Cell>
          <Table.Cell className="text-right">
            <HeldCell item={item} />
          </Table.Cell>
          <Table.Cell className="text-right" data-testid="ticket-stock-available">
            {index === 0 ? available : ""}
          </Table.Cell>
          <Table.Cell className="text-right" data-testid="ticket-stock-stocked">
            {item.stocked_quantity}
          </Table.Cell>
        </Table.Row>
      ))}
    </>
  )
}

export const VariantStockTable = ({ variants }: { variants: VariantTicketStock[] }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Variant</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Held</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Stocked</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {variants.map((variant) => (
        <VariantRows key={variant.id} variant={variant} />
      ))}
    </Table.Body>
  </Table>
)
