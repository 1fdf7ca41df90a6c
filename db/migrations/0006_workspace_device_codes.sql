CREATE TABLE "workspace_device_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"made_with_token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "workspace_device_codes" ADD CONSTRAINT "workspace_device_codes_made_with_token_hash_workspace_tokens_token_hash_fk" FOREIGN KEY ("made_with_token_hash") REFERENCES "public"."workspace_tokens"("token_hash") ON DELETE cascade ON UPDATE no action;