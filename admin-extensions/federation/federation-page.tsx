import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { QueryState } from "../lib/query-state"
import { useDebouncedValue } from "../lib/use-debounced-value"
import { usePagination } from "../lib/use-pagination"
import { CreateStoreDrawer } from "./create-store-drawer"
import { EditStoreDrawer } from "./edit-store-drawer"
import { useFederatedStores } from "./hooks"
import { StoresTable } from "./stores-table"
import type { FederatedStore } from "./types"
import { useConfirmDeleteStore } from "./use-confirm-delete-store"

const pageSize = 20

export const FederationPage = () => {
  // The search lives in the URL so the product widget can link straight to one store.
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.get("q") ?? ""
  const q = useDebouncedValue(search.trim(), 300)
  const [pageIndex, setPageIndex] = useState(0)
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<FederatedStore | null>(null)
  const confirmDelete = useConfirmDeleteStore()

  const stores = useFederatedStores({
    q: q || undefined,
    limit: pageSize,
    offset: pageIndex * pageSize,
  })

  const changeSearch = (value: string) => {
    setPageIndex(0)
    setSearchParams(value ? { q: value } : {}, { replace: true })
  }

  const pagination = usePagination({ pageSize, pageIndex, setPageIndex, count: stores.data?.count })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Federation</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Independent stores sharing this Medusa server and one shopper cart.
          </Text>
        </div>
        <Button size="small" variant="secondary" data-testid="federation-create" onClick={() => setCreating(true)}>
          Create store
        </Button>
      </div>
      <div className="flex items-center justify-end px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-full max-w-[260px]"
          placeholder="Search stores"
          aria-label="Search stores"
          data-testid="federation-search"
          value={search}
          onChange={(event) => changeSearch(event.target.value)}
        />
      </div>
      <QueryState query={stores} errorFallback="Could not load stores" loadingText="Loading stores...">
        {(data) =>
          data.federated_stores.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="federation-empty">
              {q ? "No stores match your search." : "No federated stores yet."}
            </Text>
          ) : (
            <div>
              <StoresTable stores={data.federated_stores} onEdit={setEditing} onDelete={confirmDelete} />
              <Table.Pagination {...pagination} />
            </div>
          )
        }
      </QueryState>
      <CreateStoreDrawer open={creating} onOpenChange={setCreating} />
      {editing && <EditStoreDrawer store={editing} onClose={() => setEditing(null)} />}
    </Container>
  )
}
