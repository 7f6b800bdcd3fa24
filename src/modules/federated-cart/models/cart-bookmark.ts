import { model } from "@medusajs/framework/utils"

/**
 * The page a cart line was added from, and the store that sold it. A cart keeps its
 * bookmarks after the line is gone, so the shopper can find the page again.
 */
const CartBookmark = model
  .define("cart_bookmark", {
    id: model.id({ prefix: "cbm" }).primaryKey(),
    cart_id: model.text(),
    line_item_id: model.text().nullable(),
    variant_id: model.text(),
    federated_store_id: model.text(),
    url: model.text(),
    title: model.text().nullable(),
  })
  .indexes([{ on: ["cart_id"] }, { on: ["line_item_id"] }])

export default CartBookmark
