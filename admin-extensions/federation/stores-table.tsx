import { PencilSquare, Trash } from "@medusajs/icons"
import { IconButton, Table, Text } from "@medusajs/ui"
import type { FederatedStore } from "./types"

type StoresTableProps = {
  stores: FederatedStore[]
  onEdit: (store: FederatedStore) => void
  onDelete: (store: FederatedStore) => void
}

const placeholder = <span className="text-ui-fg-muted">-</span>

const StoreRow = ({ store, onEdit, onDelete }: { store: FederatedStore } & Omit<StoresTableProps, "stores">) => (
  <Table.Row data-testid="federation-row" data-handle={store.handle}>
    <Table.Cell>
      <div className="flex items-center gap-x-2">
        <span
          aria-hidden
          className="h-3 w-3 shrink-0 rounded-full border border-ui-border-base"
          style={{ backgroundColor: store.accent_color ?? "transparent" }}
        />
        <div className="flex flex-col">
          <Text size="small" weight="plus" leading="compact">
            {store.name}
          </Text>
          {store.tagline && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {store.tagline}
            </Text>
          )}
        </div>
      </div>
    </Table.Cell>
    <Table.Cell>
      <code className="txt-compact-small-plus">{store.handle}</code>
    </Table.Cell>
    <Table.Cell>{store.contact_email}</Table.Cell>
    <Table.Cell>{store.product_count ?? placeholder}</Table.Cell>
    <Table.Cell className="max-w-[240px] truncate">
      {store.distributor_url ? (
        <a
          href={store.distributor_url}
          target="_blank"
          rel="noreferrer"
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {store.distributor_url}
        </a>
      ) : (
        placeholder
      )}
    </Table.Cell>
    <Table.Cell>
      <div className="flex justify-end gap-x-1">
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Edit ${store.name}`}
          data-testid="federation-row-edit"
          onClick={() => onEdit(store)}
        >
          <PencilSquare />
        </IconButton>
        <IconButton
          size="small"
          variant="transparent"
          aria-label={`Delete ${store.name}`}
          data-testid="federation-row-delete"
          onClick={() => onDelete(store)}
        >
          <Trash />
        </IconButton>
      </div>
    </Table.Cell>
  </Table.Row>
)

export const StoresTable = ({ stores, onEdit, onDelete }: StoresTableProps) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Name</Table.HeaderCell>
        <Table.HeaderCell>Handle</Table.HeaderCell>
        <Table.HeaderCell>Contact e-mail</Table.HeaderCell>
        <Table.HeaderCell>Products</Table.HeaderCell>
        <Table.HeaderCell>Distributor URL</Table.HeaderCell>
        <Table.HeaderCell />
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {stores.map((store) => (
        <StoreRow key={store.id} store={store} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </Table.Body>
  </Table>
)
