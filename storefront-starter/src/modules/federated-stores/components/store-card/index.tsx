import Link from "next/link"
import type { CSSProperties } from "react"

import { safeAccent } from "@lib/util/safe"
import type { FederatedStore } from "types/federated"

const StoreCard = ({ store }: { store: FederatedStore }) => (
  <li
    className="store-card"
    data-testid="store-card"
    data-handle={store.handle}
    style={{ "--accent": safeAccent(store.accent_color) } as CSSProperties}
  >
    <Link href={`/stores/${encodeURIComponent(store.handle)}`}>
      <span className="store-card__swatch" aria-hidden="true" />
      <span className="store-card__name">{store.name}</span>
      {store.tagline && <span className="store-card__tagline">{store.tagline}</span>}
      <span className="store-card__cta">Visit store →</span>
    </Link>
  </li>
)

export default StoreCard
