import { Drawer, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useCreateFederatedStore } from "./hooks"
import { StoreForm } from "./store-form"
import { emptyStoreFormValues, type StoreFormValues, toCreateBody } from "./store-form-values"

type CreateStoreDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const CreateStoreDrawer = ({ open, onOpenChange }: CreateStoreDrawerProps) => {
  const create = useCreateFederatedStore()

  const changeOpen = (next: boolean) => {
    create.reset()
    onOpenChange(next)
  }

  const submit = (values: StoreFormValues) =>
    create.mutate(toCreateBody(values), {
      onSuccess: ({ federated_store }) => {
        toast.success(`Store "${federated_store.name}" created`)
        changeOpen(false)
      },
    })

  return (
    <Drawer open={open} onOpenChange={changeOpen}>
      <Drawer.Content data-testid="federation-create-drawer">
        <Drawer.Header>
          <Drawer.Title>Create store</Drawer.Title>
        </Drawer.Header>
        <StoreForm
          initialValues={emptyStoreFormValues}
          autoHandle
          submitLabel="Create"
          isSubmitting={create.isPending}
          serverError={create.isError ? errorMessage(create.error) : null}
          onSubmit={submit}
        />
      </Drawer.Content>
    </Drawer>
  )
}
