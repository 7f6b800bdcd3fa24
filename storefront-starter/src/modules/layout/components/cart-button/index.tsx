import Link from "next/link"

import { getCartItemCount } from "@lib/data/cart"

const CartButton = async () => {
  const count = await getCartItemCount()

  return (
    <Link href="/cart" className="nav__cart" data-testid="nav-cart-link">
      Cart (<span data-testid="cart-count">{count}</span>)
    </Link>
  )
}

export default CartButton
