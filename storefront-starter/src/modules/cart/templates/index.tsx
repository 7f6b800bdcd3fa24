import { convertToLocale } from "@lib/util/money"
import BookmarksList from "@modules/cart/components/bookmarks-list"
import BonusNotices from "@modules/cart/components/bonus-notices"
import CartStateBar from "@modules/cart/components/cart-state-bar"
import EmptyCartMessage from "@modules/cart/components/empty-cart-message"
import HoldsNotice from "@modules/cart/components/holds-notice"
import StoreGroup from "@modules/cart/components/store-group"
import type { FederatedCart } from "types/federated"

/** The one cart: a section per federated store, then the bookmarks and the total. */
const CartTemplate = ({ cart }: { cart: FederatedCart | null }) => {
  const groups = cart?.stores.filter((group) => group.items.length > 0) ?? []
  const bookmarks = cart?.bookmarks ?? []

  return (
    <div className="container cart">
      <h1>Cart</h1>
      {cart && <CartStateBar cart={cart} />}
      {cart?.holds && groups.length > 0 && <HoldsNotice holds={cart.holds} />}
      {cart?.bonus_notices?.length ? <BonusNotices notices={cart.bonus_notices} /> : null}
      {!cart || groups.length === 0 ? (
        <EmptyCartMessage />
      ) : (
        groups.map((group) => <StoreGroup key={group.federated_store.id} group={group} currencyCode={cart.currency_code} />)
      )}
      {bookmarks.length > 0 && <BookmarksList bookmarks={bookmarks} />}
      {cart && groups.length > 0 && (
        <dl className="cart-totals">
          <dt>Subtotal</dt>
          <dd data-testid="cart-subtotal">
            {convertToLocale({
              amount: cart.subtotal,
              currency_code: cart.currency_code,
            })}
          </dd>
          {[...cart.charges, ...cart.credits.map((credit) => ({ ...credit, amount: -credit.amount }))].map((line) => (
            <MoneyLine key={line.id} title={line.title} amount={line.amount} currencyCode={cart.currency_code} />
          ))}
          <dt>Total</dt>
          <dd data-testid="cart-total">
            {convertToLocale({
              amount: cart.total,
              currency_code: cart.currency_code,
            })}
          </dd>
        </dl>
      )}
    </div>
  )
}

// A store's charge or credit (negative), between the subtotal and the total.
const MoneyLine = ({ title, amount, currencyCode }: { title: string | null; amount: number; currencyCode: string }) => (
  <>
    <dt>{title ?? (amount < 0 ? "Credit" : "Charge")}</dt>
    <dd data-testid="cart-money-line">{convertToLocale({ amount, currency_code: currencyCode })}</dd>
  </>
)

export default CartTemplate
