import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122050845 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner" add column if not exists "delivery_url" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner" drop column if exists "delivery_url";`);
  }

}
