import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121231424 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_account" drop constraint if exists "partner_account_partner_id_account_ref_unique";`);
    this.addSql(`alter table if exists "handshake_nonce" drop constraint if exists "handshake_nonce_partner_id_nonce_unique";`);
    this.addSql(`create table if not exists "handshake_nonce" ("id" text not null, "partner_id" text not null, "nonce" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "handshake_nonce_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_handshake_nonce_deleted_at" ON "handshake_nonce" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_handshake_nonce_partner_id_nonce_unique" ON "handshake_nonce" ("partner_id", "nonce") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner" ("id" text not null, "name" text not null, "return_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_deleted_at" ON "partner" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_account" ("id" text not null, "partner_id" text not null, "account_ref" text not null, "display_name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_account_partner_id" ON "partner_account" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_account_deleted_at" ON "partner_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_account_partner_id_account_ref_unique" ON "partner_account" ("partner_id", "account_ref") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_key" ("id" text not null, "partner_id" text not null, "secret_ciphertext" text not null, "secret_hint" text not null, "expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_key_partner_id" ON "partner_key" ("partner_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_key_deleted_at" ON "partner_key" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "partner_account" add constraint "partner_account_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);

    this.addSql(`alter table if exists "partner_key" add constraint "partner_key_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner_account" drop constraint if exists "partner_account_partner_id_foreign";`);

    this.addSql(`alter table if exists "partner_key" drop constraint if exists "partner_key_partner_id_foreign";`);

    this.addSql(`drop table if exists "handshake_nonce" cascade;`);

    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "partner_account" cascade;`);

    this.addSql(`drop table if exists "partner_key" cascade;`);
  }

}
