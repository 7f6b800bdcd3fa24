import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121233844 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "purchase_rule" drop constraint if exists "purchase_rule_product_id_unique";`);
    this.addSql(`create table if not exists "purchase_rule" ("id" text not null, "product_id" text not null, "limit_quantity" integer null, "limit_amount" numeric null, "limit_period_days" integer null, "requires_product_id" text null, "raw_limit_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_purchase_rule_deleted_at" ON "purchase_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_rule_product_id_unique" ON "purchase_rule" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "purchase_rule" cascade;`);
  }

}
