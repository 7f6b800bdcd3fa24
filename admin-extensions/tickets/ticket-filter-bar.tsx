import { XMarkMini } from "@medusajs/icons"
import { Badge, Button, IconButton, Input, Select } from "@medusajs/ui"
import { useFederatedStores } from "../federation/hooks"
import type { TicketFilters, TicketListStatus } from "./types"
import type { useTicketFilters } from "./use-ticket-filters"

const statusLabels: Record<TicketListStatus, string> = {
  live: "Live holds",
  expired: "Expired",
  released: "Released",
  purchased: "Purchased",
  held: "Held (run-out not yet swept included)",
}

// Radix Select items cannot carry an empty value, so "every store" needs a token of its own.
const allStores = "__all__"
// Enough for a federation of hand-managed stores (as in the product widget's store picker).
const storeOptionsLimit = 100

type TicketFilterBarProps = ReturnType<typeof useTicketFilters> & {
  /** The title of the product in `filters.product_id`, when known. */
  productTitle?: string
}

export const TicketFilterBar = ({ filters, setFilter, clear, productTitle }: TicketFilterBarProps) => {
  const stores = useFederatedStores({ limit: storeOptionsLimit, offset: 0 })
  const filtered = Object.keys(filters).some((name) => name !== "status") || filters.status !== "live"

  const text = (name: keyof TicketFilters, placeholder: string) => (
    <Input
      size="small"
      type="search"
      className="w-full max-w-[220px]"
      placeholder={placeholder}
      aria-label={placeholder}
      data-testid={`tickets-filter-${name}`}
      value={filters[name] ?? ""}
      onChange={(event) => setFilter(name, event.target.value)}
    />
  )

  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <Select size="small" value={filters.status} onValueChange={(value) => setFilter("status", value)}>
        <Select.Trigger className="w-[200px]" aria-label="Status" data-testid="tickets-filter-status">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {Object.entries(statusLabels).map(([status, label]) => (
            <Select.Item key={status} value={status}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Select
        size="small"
        value={filters.federated_store_id ?? allStores}
        onValueChange={(value) => setFilter("federated_store_id", value === allStores ? undefined : value)}
      >
        <Select.Trigger className="w-[220px]" aria-label="Store" data-testid="tickets-filter-store">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={allStores}>Every store</Select.Item>
          {(stores.data?.federated_stores ?? []).map((store) => (
            <Select.Item key={store.id} value={store.id}>
              {store.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {text("q", "Product title")}
      {text("cart_id", "Cart id")}
      {filters.product_id && (
        <Badge size="small" className="gap-x-1" data-testid="tickets-filter-product">
          {productTitle ?? filters.product_id}
          <IconButton
            size="2xsmall"
            variant="transparent"
            aria-label="Show every product"
            onClick={() => setFilter("product_id", undefined)}
          >
            <XMarkMini />
          </IconButton>
        </Badge>
      )}
      {filtered && (
        <Button size="small" variant="transparent" onClick={clear}>
          Clear filters
        </Button>
      )}
    </div>
  )
}
