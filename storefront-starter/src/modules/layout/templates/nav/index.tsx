import Link from "next/link"

import PartnerBanner from "@modules/access/components/partner-banner"
import CartButton from "@modules/layout/components/cart-button"

const Nav = () => (
  <header className="nav">
    <div className="nav__inner container">
      <Link href="/" className="nav__home" data-testid="nav-home-link">
        Federated Stores
      </Link>
      <span className="nav__links">
        <Link href="/deliveries" data-testid="nav-deliveries-link">
          Deliveries
        </Link>
        <CartButton />
      </span>
    </div>
    <PartnerBanner />
  </header>
)

export default Nav
