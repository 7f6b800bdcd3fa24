import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050912 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "bonus_rule" ("id" text not null, "title" text null, "threshold_amount" numeric not null, "currency_code" text not null, "variant_id" text not null, "quantity" integer not null default 1, "active" boolean not null default true, "raw_threshold_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bonus_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bonus_rule_deleted_at" ON "bonus_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bonus_rule_currency_code_active" ON "bonus_rule" ("currency_code", "active") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bonus_rule" cascade;`);
  }

}
