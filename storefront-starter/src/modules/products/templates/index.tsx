import type { CSSProperties } from "react"

import { safeAccent } from "@lib/util/safe"
import Thumbnail from "@modules/common/components/thumbnail"
import StoreHeader from "@modules/federated-stores/components/store-header"
import ProductActions from "@modules/products/components/product-actions"
import type { FederatedProduct, FederatedStore } from "types/federated"

type ProductTemplateProps = {
  store: FederatedStore
  product: FederatedProduct
  initialVariantId?: string
}

/** A product page inside its federated store's template. */
const ProductTemplate = ({ store, product, initialVariantId }: ProductTemplateProps) => {
  const image = product.images?.[0]?.url ?? product.thumbnail

  return (
    <div
      className="store"
      data-testid="product-page"
      data-handle={product.handle}
      style={{ "--accent": safeAccent(store.accent_color) } as CSSProperties}
    >
      <StoreHeader store={store} linkToStore />
      <div className="container product">
        <Thumbnail src={image} alt={product.title} size="large" />
        <div className="product__info">
          <h2 className="product__title" data-testid="product-title">
            {product.title}
          </h2>
          {product.subtitle && <p className="product__subtitle">{product.subtitle}</p>}
          {product.description && <p className="product__description">{product.description}</p>}
          <ProductActions product={product} storeName={store.name} initialVariantId={initialVariantId} />
        </div>
      </div>
    </div>
  )
}

export default ProductTemplate
