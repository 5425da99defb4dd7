// The anonymised candidate card an employer may see (DESIGN.md §3): skills with levels, certificate
// names, an experience summary, availability and the area — never a name, contact, birth date,
// release information, the certificate's issuer or free-text history, the wage wish, nor any word
// for the past. The rule for whose card employers may see lives here once, and so does the card's
// reference: a pseudonym that differs per job (an HMAC of job and person under a server key), so a
// card seen on one job cannot be recognised on another, nor turned back into the person's id.
import { createHmac, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { skillsOfReturnees } from './queries.server.ts';
import {
  communes,
  occupations,
  provinces,
  returneeCertificates,
  returneeWorkHistory,
  returnees,
  serverSecrets,
  type skillLevels,
  type workTypes,
} from '#db/schema.ts';

/** Consented to anonymised sharing, and still looking (not placed, not closed). */
export function cardVisibleCondition(): SQL {
  return and(eq(returnees.shareCard, true), eq(returnees.status, 'active'))!;
}

// ── The card's reference ───────────────────────────────────────────────────────────────────────

/** Bytes of the HMAC kept in a reference: 12 (96 bits), written as 16 base64url characters. */
const refBytes = 12;
const refPattern = /^[A-Za-z0-9_-]{16}$/;

/** The server's key for card references, made once with random bytes (every node shares it through the database). */
export async function cardRefKey(db: Executor): Promise<Buffer> {
  const read = () => db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, 'card_refs'));
  let [row] = await read();
  if (!row) {
    await db
      .insert(serverSecrets)
      .values({ name: 'card_refs', value: randomBytes(32).toString('hex') })
      .onConflictDoNothing();
    [row] = await read();
  }
  return Buffer.from(row.value, 'hex');
}

const refMessage = (jobId: string, returneeId: string) => `${jobId}:${returneeId}`;

/** The reference of `returneeId`'s card on job `jobId`: the same on every visit, different on every job. */
export function cardRef(key: Buffer, jobId: string, returneeId: string): string {
  return createHmac('sha256', key).update(refMessage(jobId, returneeId)).digest().subarray(0, refBytes).toString('base64url');
}

/** HMAC-SHA256 written out in SQL (two sha256 calls, RFC 2104), so a reference is found without reading every id out. */
function hmacSql(key: Buffer, message: SQL): SQL {
  const block = Buffer.alloc(64);
  key.copy(block);
  const inner = Buffer.from(block.map((b) => b ^ 0x36));
  const outer = Buffer.from(block.map((b) => b ^ 0x5c));
  return sql`sha256(${outer}::bytea || sha256(${inner}::bytea || convert_to(${message}, 'UTF8')))`;
}

/**
 * The person behind card reference `ref` on job `jobId`, among the people whose card employers may
 * see now; null for anything else (a stale, forged or other job's reference).
 */
export async function resolveCardRef(db: Executor, jobId: string, ref: string): Promise<string | null> {
  if (!refPattern.test(ref)) return null;
  const key = await cardRefKey(db);
  const wanted = Buffer.from(ref, 'base64url');
  const [row] = await db
    .select({ id: returnees.id })
    .from(returnees)
    .where(
      and(
        cardVisibleCondition(),
        sql`substring(${hmacSql(key, sql`${jobId}::text || ':' || ${returnees.id}::text`)} from 1 for ${refBytes}::int) = ${wanted}::bytea`,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

// ── The card ───────────────────────────────────────────────────────────────────────────────────

export type CandidateCard = {
  /** The card's reference on this job (a pseudonym, see `cardRef`), for asking an introduction. */
  ref: string;
  provinceName: string;
  communeName: string | null;
  availableFrom: string | null;
  workTypes: (typeof workTypes)[number][];
  skills: { code: string; nameVi: string; nameEn: string; level: (typeof skillLevels)[number] }[];
  certificates: string[];
  /** Occupations worked in before, with months when known (no free text). */
  experience: { nameVi: string; nameEn: string; months: number | null }[];
};

/** Cards for `returneeIds` as shown on job `jobId`, keyed by person, in no particular order; callers decide who may see them. */
export async function candidateCards(db: Executor, jobId: string, returneeIds: string[]): Promise<Map<string, CandidateCard>> {
  const cards = new Map<string, CandidateCard>();
  if (!returneeIds.length) return cards;
  const [key, people, skillRows, certificateRows, historyRows] = await Promise.all([
    cardRefKey(db),
    db
      .select({
        id: returnees.id,
        provinceName: provinces.name,
        communeName: communes.name,
        availableFrom: returnees.availableFrom,
        workTypes: returnees.wishWorkTypes,
      })
      .from(returnees)
      .innerJoin(provinces, eq(provinces.code, returnees.provinceCode))
      .leftJoin(communes, eq(communes.code, returnees.communeCode))
      .where(inArray(returnees.id, returneeIds)),
    skillsOfReturnees(db, returneeIds),
    db
      .select({ returneeId: returneeCertificates.returneeId, name: returneeCertificates.name })
      .from(returneeCertificates)
      .where(inArray(returneeCertificates.returneeId, returneeIds))
      .orderBy(asc(returneeCertificates.name)),
    db
      .select({
        returneeId: returneeWorkHistory.returneeId,
        nameVi: occupations.nameVi,
        nameEn: occupations.nameEn,
        months: returneeWorkHistory.months,
      })
      .from(returneeWorkHistory)
      .innerJoin(occupations, eq(occupations.id, returneeWorkHistory.occupationId))
      .where(inArray(returneeWorkHistory.returneeId, returneeIds)),
  ]);
  for (const p of people) {
    cards.set(p.id, {
      ref: cardRef(key, jobId, p.id),
      provinceName: p.provinceName,
      communeName: p.communeName,
      availableFrom: p.availableFrom,
      workTypes: p.workTypes,
      skills: [],
      certificates: [],
      experience: [],
    });
  }
  for (const { returneeId, ...skill } of skillRows) cards.get(returneeId)?.skills.push(skill);
  for (const { returneeId, name } of certificateRows) cards.get(returneeId)?.certificates.push(name);
  for (const { returneeId, ...job } of historyRows) cards.get(returneeId)?.experience.push(job);
  return cards;
}
