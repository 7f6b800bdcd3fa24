import Link from "next/link"

const EmptyCartMessage = () => (
  <div className="empty-cart" data-testid="cart-empty">
    <p>Your cart is empty.</p>
    <Link href="/" className="button">
      Browse the stores
    </Link>
  </div>
)

export default EmptyCartMessage
