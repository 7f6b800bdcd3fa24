import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121234617 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_account" add column if not exists "owned_product_handles" text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner_account" drop column if exists "owned_product_handles";`);
  }

}
