/** What an admin sees of a cart in the carts list and on its page. */
export const ADMIN_CART_STATE_FIELDS = [
  "id",
  "cart_id",
  "state",
  "number",
  "opened_at",
  "time_zone",
  "cart.email",
  "cart.currency_code",
  "cart.completed_at",
]
