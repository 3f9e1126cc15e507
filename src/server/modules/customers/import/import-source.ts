import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { AppError } from '../../../../shared/errors';

/** Stored chunk size: big enough for few rows per file, small enough to read a few at a time. */
export const CHUNK_BYTES = 1024 * 1024;
/** The largest file an import accepts (about 1M customer rows with a dozen columns). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type StoredUpload = {
  byteSize: number;
  /** The bytes decode as UTF-8 throughout (a BOM, if any, is left for the parser to drop). */
  utf8: boolean;
  bom: boolean;
  /** Line feeds seen: with the header, an estimate of the rows a CSV holds. */
  lineFeeds: number;
  endsWithLineFeed: boolean;
  /** The first bytes, for format and delimiter detection. */
  head: Buffer;
};

const insertChunk = (db: Kysely<DB>, orgId: string, importId: string, seq: number, data: Buffer) =>
  db.insertInto('import_chunks').values({ org_id: orgId, import_id: importId, seq, data }).execute();

const countLineFeeds = (buffer: Buffer): number => {
  let count = 0;
  for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) count++;
  return count;
};

/**
 * Copies an uploaded body into `import_chunks` (about 1 MB each) while checking whether it is
 * UTF-8, so the file never sits whole in memory and any instance can read it back later.
 * Throws PAYLOAD_TOO_LARGE past MAX_IMPORT_BYTES.
 */
export const storeUpload = async (
  db: Kysely<DB>,
  orgId: string,
  importId: string,
  body: AsyncIterable<Buffer | string>,
): Promise<StoredUpload> => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  let byteSize = 0;
  let lineFeeds = 0;
  let lastByte = -1;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const heads: Buffer[] = [];
  let headBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    await insertChunk(db, orgId, importId, seq++, Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  for await (const piece of body) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (bytes.length === 0) continue;
    byteSize += bytes.length;
    if (byteSize > MAX_IMPORT_BYTES)
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into smaller files.`,
      );
    if (headBytes < 65_536) {
      heads.push(bytes);
      headBytes += bytes.length;
    }
    if (utf8) {
      try {
        decoder.decode(bytes, { stream: true });
      } catch {
        utf8 = false;
      }
    }
    lineFeeds += countLineFeeds(bytes);
    lastByte = bytes[bytes.length - 1]!;
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= CHUNK_BYTES) await flush();
  }
  await flush();
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  const head = Buffer.concat(heads).subarray(0, 65_536);
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { byteSize, utf8, bom, lineFeeds, endsWithLineFeed: lastByte === 10, head };
};

async function* storedChunks(db: Kysely<DB>, orgId: string, importId: string): AsyncGenerator<Buffer> {
  let next = 0;
  for (;;) {
    const rows = await db
      .selectFrom('import_chunks')
      .select(['seq', 'data'])
      .where('org_id', '=', orgId)
      .where('import_id', '=', importId)
      .where('seq', '>=', next)
      .orderBy('seq')
      .limit(4)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows) yield row.data;
    next = rows[rows.length - 1]!.seq + 1;
  }
}

/** The stored file as a byte stream, read from the database four chunks per query. */
export const storedFile = (db: Kysely<DB>, orgId: string, importId: string): Readable =>
  Readable.from(storedChunks(db, orgId, importId), { objectMode: false });
