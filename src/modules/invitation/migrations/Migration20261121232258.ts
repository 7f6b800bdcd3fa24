import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121232258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "access_code_redemption" drop constraint if exists "access_code_redemption_access_code_id_cart_id_unique";`);
    this.addSql(`alter table if exists "access_code" drop constraint if exists "access_code_code_hash_unique";`);
    this.addSql(`create table if not exists "invitation" ("id" text not null, "title" text null, "product_ids" text[] not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invitation_deleted_at" ON "invitation" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "access_code" ("id" text not null, "invitation_id" text not null, "email" text null, "code_hash" text not null, "last4" text not null, "max_uses" integer not null, "uses" integer not null default 0, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "access_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_access_code_invitation_id" ON "access_code" ("invitation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_access_code_deleted_at" ON "access_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_access_code_code_hash_unique" ON "access_code" ("code_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "access_code_redemption" ("id" text not null, "access_code_id" text not null, "cart_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "access_code_redemption_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_access_code_redemption_access_code_id" ON "access_code_redemption" ("access_code_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_access_code_redemption_deleted_at" ON "access_code_redemption" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_access_code_redemption_access_code_id_cart_id_unique" ON "access_code_redemption" ("access_code_id", "cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "access_code" add constraint "access_code_invitation_id_foreign" foreign key ("invitation_id") references "invitation" ("id") on update cascade;`);

    this.addSql(`alter table if exists "access_code_redemption" add constraint "access_code_redemption_access_code_id_foreign" foreign key ("access_code_id") references "access_code" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "access_code" drop constraint if exists "access_code_invitation_id_foreign";`);

    this.addSql(`alter table if exists "access_code_redemption" drop constraint if exists "access_code_redemption_access_code_id_foreign";`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "access_code" cascade;`);

    this.addSql(`drop table if exists "access_code_redemption" cascade;`);
  }

}
