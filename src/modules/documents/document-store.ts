import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Content-addressed storage of document bytes. The key is the SHA-256 of the bytes, so a stored file can
 * be checked against its key and the same scan uploaded twice is stored once. Files on disk now; an
 * S3-compatible store (MinIO at a Pemda data centre) implements the same three calls.
 */
export interface DocumentStore {
  /** Stores the bytes and returns their SHA-256 (hex). Storing existing content is a no-op. */
  put(bytes: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer | null>;
  exists(sha256: string): Promise<boolean>;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;

export class FsDocumentStore implements DocumentStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!HEX64.test(sha256)) throw new RangeError('not a SHA-256 hex digest');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer): Promise<string> {
    const sha = sha256Of(bytes);
    const path = this.pathOf(sha);
    if (await this.exists(sha)) return sha;
    await mkdir(join(this.root, sha.slice(0, 2), sha.slice(2, 4)), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under a valid key.
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, path);
    return sha;
  }

  async get(sha256: string): Promise<Buffer | null> {
    try {
      const bytes = await readFile(this.pathOf(sha256));
      // A file whose bytes no longer match its key was changed on disk: never serve it as the original.
      return sha256Of(bytes) === sha256 ? bytes : null;
    } catch {
      return null;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await stat(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }
}

/** For tests and benchmarks. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly files = new Map<string, Buffer>();
  async put(bytes: Buffer): Promise<string> {
    const sha = sha256Of(bytes);
    this.files.set(sha, Buffer.from(bytes));
    return sha;
  }
  async get(sha256: string): Promise<Buffer | null> {
    return this.files.get(sha256) ?? null;
  }
  async exists(sha256: string): Promise<boolean> {
    return this.files.has(sha256);
  }
}

/** The store of a deployment: files under DATA_DIR/documents (an S3 store would be chosen here). */
export function documentStoreFor(config: { dataDir: string }): DocumentStore {
  return new FsDocumentStore(join(config.dataDir, 'documents'));
}
