import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --name <change>` writes a new SQL migration into migrations/
// from the *.tables.ts files; hand-written SQL (triggers, extensions) goes in a --custom one.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/platform/db/schema.ts',
  out: './migrations',
});
