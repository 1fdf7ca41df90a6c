CREATE TABLE "timers" (
	"id" text NOT NULL,
	"space_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"command" jsonb NOT NULL,
	"claimed_until" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "timers_space_id_id_pk" PRIMARY KEY("space_id","id")
);
--> statement-breakpoint
ALTER TABLE "timers" ADD CONSTRAINT "timers_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "timers_due_idx" ON "timers" USING btree ("due_at");