import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121205547 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ticket" ("id" text not null, "cart_id" text not null, "line_item_id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity" integer not null, "reservation_id" text null, "status" text check ("status" in ('held', 'released', 'expired', 'purchased')) not null default 'held', "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_deleted_at" ON "ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_inventory_item_id_status" ON "ticket" ("inventory_item_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_line_item_id" ON "ticket" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_cart_id" ON "ticket" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ticket_status_expires_at" ON "ticket" ("status", "expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket" cascade;`);
  }

}
