import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { httpSuite } from "../../helpers/http-suite"

/**
 * The ticket ledger (src/modules/ticketing/ledger.ts) writes two of Medusa's inventory
 * tables itself. This fails when a Medusa upgrade changes a column it writes, so that the
 * ledger is checked against the new schema before it runs on it.
 */
const WRITTEN = {
  inventory_level: {
    inventory_item_id: "text",
    location_id: "text",
    stocked_quantity: "numeric",
    reserved_quantity: "numeric",
    raw_reserved_quantity: "jsonb",
    updated_at: "timestamp with time zone",
    deleted_at: "timestamp with time zone",
  },
  reservation_item: {
    id: "text",
    inventory_item_id: "text",
    location_id: "text",
    quantity: "numeric",
    raw_quantity: "jsonb",
    line_item_id: "text",
    description: "text",
    updated_at: "timestamp with time zone",
  },
}

export default httpSuite(({ getContainer }) => {
  it("finds every column of Medusa's inventory tables that the ticket ledger writes, with the type it writes", async () => {
    const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const rows: {
      table_name: string
      column_name: string
      data_type: string
      is_nullable: string
      column_default: string | null
    }[] = await db("information_schema.columns")
      .select("table_name", "column_name", "data_type", "is_nullable", "column_default")
      .whereIn("table_name", Object.keys(WRITTEN))
    for (const [table, columns] of Object.entries(WRITTEN)) {
      const found = Object.fromEntries(
        rows
          .filter((row) => row.table_name === table && row.column_name in columns)
          .map((row) => [row.column_name, row.data_type])
      )
      expect({ table, columns: found }).toEqual({ table, columns })
    }
    // Every other column of a reservation must fill itself: the ledger's INSERT names only those above.
    const unfilled = rows.filter(
      (row) =>
        row.table_name === "reservation_item" &&
        !(row.column_name in WRITTEN.reservation_item) &&
        row.is_nullable === "NO" &&
        row.column_default === null
    )
    expect(unfilled).toEqual([])
  })
})
