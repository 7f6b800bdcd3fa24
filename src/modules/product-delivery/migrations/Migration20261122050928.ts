import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050928 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_delivery" drop constraint if exists "product_delivery_product_id_unique";`);
    this.addSql(`create table if not exists "product_delivery" ("id" text not null, "product_id" text not null, "goods" text check ("goods" in ('web_service', 'merchandise')) not null, "kinds" text[] not null, "default_kind" text check ("default_kind" in ('immediate', 'prepaid_code', 'mail')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_delivery_deleted_at" ON "product_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_delivery_product_id_unique" ON "product_delivery" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_delivery" cascade;`);
  }

}
