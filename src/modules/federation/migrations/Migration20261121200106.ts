import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121200106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "federated_store" drop constraint if exists "federated_store_handle_unique";`);
    this.addSql(`create table if not exists "federated_store" ("id" text not null, "name" text not null, "handle" text not null, "tagline" text null, "description" text null, "accent_color" text null, "contact_name" text null, "contact_email" text not null, "contact_phone" text null, "distributor_url" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "federated_store_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_federated_store_deleted_at" ON "federated_store" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_federated_store_handle_unique" ON "federated_store" ("handle") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "federated_store" cascade;`);
  }

}
