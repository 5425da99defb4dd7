// Province lists for pickers.
import { asc } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { provinces } from '#db/schema.ts';

export function listProvinces(db: Db) {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(asc(provinces.name));
}
