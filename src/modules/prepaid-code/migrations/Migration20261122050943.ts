import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "prepaid_code" drop constraint if exists "prepaid_code_issued_fulfillment_id_issued_line_item_id_issued_unit_unique";`);
    this.addSql(`alter table if exists "prepaid_code" drop constraint if exists "prepaid_code_code_hash_unique";`);
    this.addSql(`create table if not exists "prepaid_code" ("id" text not null, "product_id" text not null, "variant_id" text not null, "code_hash" text not null, "last4" text not null, "status" text check ("status" in ('issued', 'reserved', 'redeemed', 'revoked')) not null default 'issued', "issued_order_id" text null, "issued_order_group_id" text null, "issued_line_item_id" text null, "issued_fulfillment_id" text null, "issued_unit" integer null, "batch_id" text null, "email" text null, "sent_at" timestamptz null, "reserved_cart_id" text null, "reserved_line_item_id" text null, "reserved_at" timestamptz null, "redeemed_order_id" text null, "redeemed_order_group_id" text null, "redeemed_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "prepaid_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prepaid_code_deleted_at" ON "prepaid_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_prepaid_code_code_hash_unique" ON "prepaid_code" ("code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_prepaid_code_issued_fulfillment_id_issued_line_item_id_issued_unit_unique" ON "prepaid_code" ("issued_fulfillment_id", "issued_line_item_id", "issued_unit") WHERE issued_fulfillment_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prepaid_code_last4" ON "prepaid_code" ("last4") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prepaid_code_reserved_cart_id" ON "prepaid_code" ("reserved_cart_id") WHERE reserved_cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_prepaid_code_issued_order_id" ON "prepaid_code" ("issued_order_id") WHERE issued_order_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "prepaid_code" cascade;`);
  }

}
