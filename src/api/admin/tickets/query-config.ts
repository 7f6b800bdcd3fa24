/** The fields of a ticket an admin sees; every route of this folder answers with them. */
export const adminTicketFields = [
  "id",
  "cart_id",
  "line_item_id",
  "variant_id",
  "inventory_item_id",
  "location_id",
  "quantity",
  "reservation_id",
  "status",
  "expires_at",
  "ended_at",
  "end_reason",
  "created_at",
  "updated_at",
]

export const listAdminTicketsQueryConfig = {
  defaults: adminTicketFields,
  defaultLimit: 50,
  isList: true,
}
