import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useProductFederatedStore } from "../federation/hooks"
import { errorMessage } from "../lib/error-message"
import { CurrentStore } from "./current-store"
import { StoreAssignment } from "./store-assignment"

export const ProductFederatedStoreWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, isError, error } = useProductFederatedStore(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-federated-store">
      <div className="px-6 py-4">
        <Heading level="h2">Federated store</Heading>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        {isError ? (
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error, "Could not load the product's store")}
          </Text>
        ) : isPending ? (
          <Text size="small" className="text-ui-fg-subtle">
            Loading...
          </Text>
        ) : (
          <>
            <CurrentStore store={data.federated_store} />
            <StoreAssignment productId={product.id} current={data.federated_store} />
          </>
        )}
      </div>
    </Container>
  )
}
