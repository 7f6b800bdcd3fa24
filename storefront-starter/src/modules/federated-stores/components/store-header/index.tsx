import Link from "next/link"

import type { FederatedStore } from "types/federated"

type StoreHeaderProps = {
  store: Pick<FederatedStore, "name" | "handle" | "tagline">
  /** On product pages the name links back to the store. */
  linkToStore?: boolean
}

/** The store's own banner; colours come from the `--accent` set by the template. */
const StoreHeader = ({ store, linkToStore = false }: StoreHeaderProps) => (
  <div className="store-header" data-testid="store-header">
    <div className="container">
      <h1 className="store-header__name">
        {linkToStore ? <Link href={`/stores/${encodeURIComponent(store.handle)}`}>{store.name}</Link> : store.name}
      </h1>
      {store.tagline && <p className="store-header__tagline">{store.tagline}</p>}
    </div>
  </div>
)

export default StoreHeader
