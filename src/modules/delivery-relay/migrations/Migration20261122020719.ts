import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122020719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "delivery_update" drop constraint if exists "delivery_update_fulfillment_id_kind_unique";`);
    this.addSql(`create table if not exists "delivery_update" ("id" text not null, "cursor" serial, "order_group_id" text not null, "cart_id" text not null, "order_id" text not null, "federated_store_id" text null, "fulfillment_id" text not null, "kind" text check ("kind" in ('created', 'shipped', 'delivered')) not null, "happened_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "delivery_update_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_update_deleted_at" ON "delivery_update" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_delivery_update_fulfillment_id_kind_unique" ON "delivery_update" ("fulfillment_id", "kind") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_delivery_update_cart_id_cursor" ON "delivery_update" ("cart_id", "cursor") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery_update" cascade;`);
  }

}
