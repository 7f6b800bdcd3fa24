import { Button, Drawer, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { SecretOnce } from "../lib/secret-once"
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
      // The drawer stays open on the new store's signing secret: this is the only time it is shown.
      onSuccess: ({ federated_store }) => toast.success(`Store "${federated_store.name}" created`),
    })

  return (
    <Drawer open={open} onOpenChange={changeOpen}>
      <Drawer.Content data-testid="federation-create-drawer">
        <Drawer.Header>
          <Drawer.Title>Create store</Drawer.Title>
        </Drawer.Header>
        {create.data ? (
          <>
            <Drawer.Body className="flex flex-col gap-y-4">
              <SecretOnce
                title={`Distributor signing secret for ${create.data.federated_store.name}`}
                secret={create.data.distributor_secret.secret}
                testId="federation-distributor-secret"
              />
            </Drawer.Body>
            <Drawer.Footer>
              <Button size="small" data-testid="federation-secret-done" onClick={() => changeOpen(false)}>
                Done
              </Button>
            </Drawer.Footer>
          </>
        ) : (
          <StoreForm
            initialValues={emptyStoreFormValues}
            autoHandle
            submitLabel="Create"
            isSubmitting={create.isPending}
            serverError={create.isError ? errorMessage(create.error) : null}
            onSubmit={submit}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
