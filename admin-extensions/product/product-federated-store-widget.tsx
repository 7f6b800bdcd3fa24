import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { useProductFederatedStore } from "../federation/hooks"
import { QueryState } from "../lib/query-state"
import { CurrentStore } from "./current-store"
import { StoreAssignment } from "./store-assignment"

export const ProductFederatedStoreWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const store = useProductFederatedStore(product.id)

  return (
    <Container className="divide-y p-0" data-testid="product-federated-store">
      <div className="px-6 py-4">
        <Heading level="h2">Federated store</Heading>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <QueryState query={store} errorFallback="Could not load the product's store" className="">
          {(data) => (
            <>
              <CurrentStore store={data.federated_store} />
              <StoreAssignment productId={product.id} current={data.federated_store} />
            </>
          )}
        </QueryState>
      </div>
    </Container>
  )
}
