import type { CSSProperties } from "react"

import { safeAccent } from "@lib/util/safe"
import StoreHeader from "@modules/federated-stores/components/store-header"
import ProductPreview from "@modules/products/components/product-preview"
import type { FederatedStoreWithProducts } from "types/federated"

/** A federated store's own page: its banner and catalogue. */
const StoreTemplate = ({ store }: { store: FederatedStoreWithProducts }) => (
  <div
    className="store"
    data-testid="store-page"
    data-handle={store.handle}
    style={{ "--accent": safeAccent(store.accent_color) } as CSSProperties}
  >
    <StoreHeader store={store} />
    <div className="container">
      {store.description && <p className="store__description">{store.description}</p>}
      {store.products.length === 0 ? (
        <p className="muted">This store has no products yet.</p>
      ) : (
        <ul className="product-grid" data-testid="product-grid">
          {store.products.map((product) => (
            <ProductPreview key={product.id} product={product} storeHandle={store.handle} />
          ))}
        </ul>
      )}
    </div>
  </div>
)

export default StoreTemplate
