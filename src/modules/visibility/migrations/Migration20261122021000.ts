import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122021000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "unlock" add column if not exists "customer_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_unlock_customer_id" ON "unlock" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_unlock_customer_id";`);
    this.addSql(`alter table if exists "unlock" drop column if exists "customer_id";`);
  }

}
