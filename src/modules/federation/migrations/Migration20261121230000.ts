import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121230000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "federated_store" add column if not exists "hold_minutes" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "federated_store" drop column if exists "hold_minutes";`);
  }

}
