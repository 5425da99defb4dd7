CREATE TABLE "search_index_state" (
	"entity" "search_entity" PRIMARY KEY NOT NULL,
	"document_version" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
