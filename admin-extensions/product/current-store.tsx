import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { FederatedStore } from "../federation/types"

export const CurrentStore = ({ store }: { store: FederatedStore | null }) =>
  store ? (
    <div className="flex items-center justify-between gap-x-2" data-testid="product-federated-store-current">
      <div className="flex flex-col">
        <Text size="small" weight="plus" leading="compact">
          {store.name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {store.handle}
        </Text>
      </div>
      <Link
        to={`/federation?q=${encodeURIComponent(store.handle)}`}
        className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
      >
        View in Federation
      </Link>
    </div>
  ) : (
    <Badge size="2xsmall" color="grey" data-testid="product-federated-store-none">
      Not in any store
    </Badge>
  )
