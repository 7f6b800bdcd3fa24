import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121200107 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cart_bookmark" ("id" text not null, "cart_id" text not null, "line_item_id" text null, "variant_id" text not null, "federated_store_id" text not null, "url" text not null, "title" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_bookmark_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_bookmark_deleted_at" ON "cart_bookmark" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_bookmark_cart_id" ON "cart_bookmark" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_bookmark_line_item_id" ON "cart_bookmark" ("line_item_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_bookmark" cascade;`);
  }

}
