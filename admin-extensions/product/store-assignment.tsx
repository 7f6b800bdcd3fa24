import { Button, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/error-message"
import { useFederatedStores, useMoveProductToStore } from "../federation/hooks"
import type { FederatedStore } from "../federation/types"

type StoreAssignmentProps = {
  productId: string
  current: FederatedStore | null
}

// Radix Select items cannot carry an empty value, so "no store" needs a token of its own.
const noStore = "__none__"

// Enough for a federation of hand-managed stores; the current store is always listed.
const storeOptionsLimit = 100

export const StoreAssignment = ({ productId, current }: StoreAssignmentProps) => {
  const currentId = current?.id ?? null
  const [selected, setSelected] = useState(currentId ?? noStore)
  const stores = useFederatedStores({ limit: storeOptionsLimit, offset: 0 })
  const move = useMoveProductToStore(productId)

  const options = stores.data?.federated_stores ?? []
  const listed = current && !options.some((store) => store.id === current.id) ? [current, ...options] : options

  const target = selected === noStore ? null : selected
  const unchanged = target === currentId

  const save = () =>
    move.mutate(
      { from: currentId, to: target },
      {
        onSuccess: () => toast.success(target ? "Product moved" : "Product removed from its store"),
        onError: (error) => toast.error(errorMessage(error, "Could not move the product")),
      }
    )

  return (
    <div className="flex flex-col gap-y-2">
      <Select size="small" value={selected} onValueChange={setSelected} disabled={move.isPending}>
        <Select.Trigger data-testid="product-federated-store-select" aria-label="Federated store">
          <Select.Value placeholder="Choose a store" />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={noStore}>Not in any store</Select.Item>
          {listed.map((store) => (
            <Select.Item key={store.id} value={store.id}>
              {store.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {stores.isError && (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(stores.error, "Could not load stores")}
        </Text>
      )}
      {move.isError && (
        <Text size="small" className="text-ui-fg-error" data-testid="product-federated-store-error">
          {errorMessage(move.error, "Could not move the product")}
        </Text>
      )}
      <div className="flex justify-end">
        <Button
          size="small"
          variant="secondary"
          disabled={unchanged}
          isLoading={move.isPending}
          data-testid="product-federated-store-save"
          onClick={save}
        >
          Save
        </Button>
      </div>
    </div>
  )
}
