import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050838 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_hand_off_order_id_unique";`);

    this.addSql(`alter table if exists "hand_off" add column if not exists "recipient_kind" text check ("recipient_kind" in ('distributor', 'partner')) not null default 'distributor', add column if not exists "partner_id" text null, add column if not exists "fulfillment_id" text null;`);
    this.addSql(`alter table if exists "hand_off" alter column "federated_store_id" type text using ("federated_store_id"::text);`);
    this.addSql(`alter table if exists "hand_off" alter column "federated_store_id" drop not null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_order_id" ON "hand_off" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_recipient_kind_partner_id" ON "hand_off" ("recipient_kind", "partner_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_hand_off_order_id";`);
    this.addSql(`drop index if exists "IDX_hand_off_recipient_kind_partner_id";`);
    this.addSql(`alter table if exists "hand_off" drop column if exists "recipient_kind", drop column if exists "partner_id", drop column if exists "fulfillment_id";`);

    this.addSql(`alter table if exists "hand_off" alter column "federated_store_id" type text using ("federated_store_id"::text);`);
    this.addSql(`alter table if exists "hand_off" alter column "federated_store_id" set not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_hand_off_order_id_unique" ON "hand_off" ("order_id") WHERE deleted_at IS NULL;`);
  }

}
