import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121231511 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cart_state" drop constraint if exists "cart_state_number_unique";`);
    this.addSql(`alter table if exists "cart_state" drop constraint if exists "cart_state_cart_id_unique";`);
    this.addSql(`create table if not exists "cart_move" ("id" text not null, "cart_id" text not null, "from" text check ("from" in ('new', 'shop', 'full', 'done', 'void')) not null, "to" text check ("to" in ('new', 'shop', 'full', 'done', 'void')) not null, "actor" text check ("actor" in ('customer', 'system', 'admin')) not null, "reason" text null, "moved_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_move_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_move_deleted_at" ON "cart_move" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_move_cart_id_moved_at" ON "cart_move" ("cart_id", "moved_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cart_state" ("id" text not null, "cart_id" text not null, "state" text check ("state" in ('new', 'shop', 'full', 'done', 'void')) not null default 'new', "number" text not null, "opened_at" timestamptz not null, "time_zone" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cart_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_state_deleted_at" ON "cart_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_state_cart_id_unique" ON "cart_state" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cart_state_number_unique" ON "cart_state" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cart_state_opened_at" ON "cart_state" ("opened_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_move" cascade;`);

    this.addSql(`drop table if exists "cart_state" cascade;`);
  }

}
