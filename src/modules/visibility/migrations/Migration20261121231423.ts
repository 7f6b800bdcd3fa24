import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121231423 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_visibility" drop constraint if exists "product_visibility_product_id_unique";`);
    this.addSql(`create table if not exists "product_visibility" ("id" text not null, "product_id" text not null, "kind" text check ("kind" in ('public', 'protected', 'private', 'prepaid')) not null default 'public', "partner_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_visibility_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_visibility_deleted_at" ON "product_visibility" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_visibility_product_id_unique" ON "product_visibility" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_visibility_kind" ON "product_visibility" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "unlock" ("id" text not null, "cart_id" text not null, "reason" text check ("reason" in ('partner', 'access_code', 'prepaid_code')) not null, "partner_id" text null, "partner_account_id" text null, "product_id" text null, "code_id" text null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "unlock_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unlock_deleted_at" ON "unlock" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unlock_cart_id" ON "unlock" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_visibility" cascade;`);

    this.addSql(`drop table if exists "unlock" cascade;`);
  }

}
