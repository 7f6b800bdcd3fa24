import { Drawer, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { errorMessage } from "../lib/error-message"
import { DistributorSecret } from "./distributor-secret"
import { useUpdateFederatedStore } from "./hooks"
import { StoreForm } from "./store-form"
import { type StoreFormValues, toStoreFormValues, toUpdateBody } from "./store-form-values"
import type { FederatedStore } from "./types"

type EditStoreDrawerProps = {
  store: FederatedStore
  onClose: () => void
}

// Mounted only while a store is being edited, so the mutation and form start fresh.
export const EditStoreDrawer = ({ store, onClose }: EditStoreDrawerProps) => {
  const update = useUpdateFederatedStore(store.id)
  const initialValues = useMemo(() => toStoreFormValues(store), [store])

  const submit = (values: StoreFormValues) => {
    const body = toUpdateBody(initialValues, values)
    if (Object.keys(body).length === 0) {
      onClose()
      return
    }
    update.mutate(body, {
      onSuccess: ({ federated_store }) => {
        toast.success(`Store "${federated_store.name}" updated`)
        onClose()
      },
    })
  }

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="federation-edit-drawer">
        <Drawer.Header>
          <Drawer.Title>Edit {store.name}</Drawer.Title>
        </Drawer.Header>
        <DistributorSecret storeId={store.id} storeName={store.name} />
        <StoreForm
          initialValues={initialValues}
          autoHandle={false}
          submitLabel="Save"
          isSubmitting={update.isPending}
          serverError={update.isError ? errorMessage(update.error) : null}
          onSubmit={submit}
        />
      </Drawer.Content>
    </Drawer>
  )
}
