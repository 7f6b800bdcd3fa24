import Link from "next/link"

import { getCheapestPrice, hasPriceRange } from "@lib/util/get-product-price"
import Thumbnail from "@modules/common/components/thumbnail"
import type { FederatedProduct } from "types/federated"

type ProductPreviewProps = {
  product: FederatedProduct
  storeHandle: string
}

const ProductPreview = ({ product, storeHandle }: ProductPreviewProps) => {
  const price = getCheapestPrice(product)

  return (
    <li className="product-card" data-testid="product-card" data-handle={product.handle}>
      <Link href={`/stores/${encodeURIComponent(storeHandle)}/products/${encodeURIComponent(product.handle)}`}>
        <Thumbnail src={product.thumbnail} alt={product.title} />
        <span className="product-card__title">{product.title}</span>
        <span className="product-card__price" data-testid="product-card-price">
          {price ? `${hasPriceRange(product) ? "From " : ""}${price}` : "Price unavailable"}
        </span>
      </Link>
    </li>
  )
}

export default ProductPreview
