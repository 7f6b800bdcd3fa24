// The one cart: stores and lines, cart states, charges and credits, bonus products, delivery kinds.
// One Medusa app for the group; each suite on a database of its own (tests/helpers/http-suite.ts).
import { runHttpSuites } from "../helpers/http-suite"
import adminFederatedStores from "./suites/admin-federated-stores"
import bonusProducts from "./suites/bonus-products"
import cartCharges from "./suites/cart-charges"
import cartStates from "./suites/cart-states"
import cartStatesProperty from "./suites/cart-states-property"
import deliveryKinds from "./suites/delivery-kinds"
import federatedCart from "./suites/federated-cart"

jest.setTimeout(600_000)

runHttpSuites({
  "federated cart": federatedCart,
  "admin: federated stores": adminFederatedStores,
  "cart states": cartStates,
  "cart states (property)": cartStatesProperty,
  "cart charges": cartCharges,
  "bonus products": bonusProducts,
  "delivery kinds": deliveryKinds,
})
