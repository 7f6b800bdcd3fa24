import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122020755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "hand_off" drop constraint if exists "hand_off_order_id_unique";`);
    this.addSql(`alter table if exists "hand_off" drop constraint if exists "hand_off_idempotency_key_unique";`);
    this.addSql(`alter table if exists "distributor_secret" drop constraint if exists "distributor_secret_federated_store_id_unique";`);
    this.addSql(`create table if not exists "distributor_secret" ("id" text not null, "federated_store_id" text not null, "secret_ciphertext" text not null, "secret_hint" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "distributor_secret_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_distributor_secret_deleted_at" ON "distributor_secret" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_distributor_secret_federated_store_id_unique" ON "distributor_secret" ("federated_store_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "hand_off" ("id" text not null, "order_group_id" text not null, "order_id" text not null, "federated_store_id" text not null, "url" text not null, "idempotency_key" text not null, "payload" jsonb not null, "status" text check ("status" in ('pending', 'acknowledged', 'failed')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz null, "claim_token" text null, "claimed_until" timestamptz null, "last_status" integer null, "last_error" text null, "acknowledged_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "hand_off_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_deleted_at" ON "hand_off" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_hand_off_idempotency_key_unique" ON "hand_off" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_hand_off_order_id_unique" ON "hand_off" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_order_group_id" ON "hand_off" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_status_next_attempt_at" ON "hand_off" ("status", "next_attempt_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "hand_off_attempt" ("id" text not null, "hand_off_id" text not null, "number" integer not null, "trigger" text check ("trigger" in ('placed', 'schedule', 'manual')) not null, "outcome" text check ("outcome" in ('acknowledged', 'failed')) not null, "response_status" integer null, "error" text null, "started_at" timestamptz not null, "duration_ms" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "hand_off_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_attempt_hand_off_id" ON "hand_off_attempt" ("hand_off_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_hand_off_attempt_deleted_at" ON "hand_off_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "hand_off_attempt" add constraint "hand_off_attempt_hand_off_id_foreign" foreign key ("hand_off_id") references "hand_off" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "hand_off_attempt" drop constraint if exists "hand_off_attempt_hand_off_id_foreign";`);

    this.addSql(`drop table if exists "distributor_secret" cascade;`);

    this.addSql(`drop table if exists "hand_off" cascade;`);

    this.addSql(`drop table if exists "hand_off_attempt" cascade;`);
  }

}
