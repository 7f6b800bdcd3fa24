import Link from "next/link"
import type { CSSProperties } from "react"

import { convertToLocale } from "@lib/util/money"
import { safeAccent } from "@lib/util/safe"
import CartItem from "@modules/cart/components/cart-item"
import type { FederatedCartStoreGroup } from "types/federated"

type StoreGroupProps = {
  group: FederatedCartStoreGroup
  currencyCode: string
}

/** The lines of one federated store, with its subtotal. */
const StoreGroup = ({ group, currencyCode }: StoreGroupProps) => {
  const store = group.federated_store

  return (
    <section
      className="cart-store-group"
      data-testid="cart-store-group"
      data-store-handle={store.handle}
      style={{ "--accent": safeAccent(store.accent_color) } as CSSProperties}
    >
      <header className="cart-store-group__header">
        <h2>
          <Link href={`/stores/${encodeURIComponent(store.handle)}`}>{store.name}</Link>
        </h2>
        <span data-testid="cart-store-subtotal">
          Subtotal: {convertToLocale({ amount: group.subtotal, currency_code: currencyCode })}
        </span>
      </header>
      <ul className="cart-lines">
        {group.items.map((item) => (
          <CartItem key={item.id} item={item} storeHandle={store.handle} currencyCode={currencyCode} />
        ))}
      </ul>
    </section>
  )
}

export default StoreGroup
