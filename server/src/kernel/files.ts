import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './errors.js';

/**
 * Where uploaded files live. The local implementation writes to `DATA_DIR/files`; an
 * S3-compatible store can implement the same three calls.
 */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error('invalid storage key');
    return join(this.root, key);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, { flag: 'wx', mode: 0o600 });
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** Keeps files in memory (tests with an in-memory database). */
export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, Buffer>();
  put(key: string, content: Buffer): Promise<void> {
    this.files.set(key, content);
    return Promise.resolve();
  }
  get(key: string): Promise<Buffer> {
    const f = this.files.get(key);
    return f ? Promise.resolve(f) : Promise.reject(new Error('no such file'));
  }
  remove(key: string): Promise<void> {
    this.files.delete(key);
    return Promise.resolve();
  }
}

/** Types accepted for upload, decided on the content's magic bytes, never on the name or header. */
export const ALLOWED_FILE_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

export interface CheckedFile {
  contentType: string;
  sha256: string;
  size: number;
}

/** Checks size and detects the type from content; throws 413 or 415 with a Dutch message. */
export async function checkFileContent(content: Buffer, maxBytes: number): Promise<CheckedFile> {
  if (content.length === 0) throw new AppError('VALIDATION_FAILED', 'Het bestand is leeg.', { errors: [{ path: 'body.file', message: 'Leeg bestand.' }] });
  if (content.length > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Het bestand is groter dan ${Math.floor(maxBytes / 1024 / 1024)} MB.`);
  }
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !ALLOWED_FILE_TYPES.has(detected.mime)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Dit bestandstype is niet toegestaan. Toegestaan: PDF, JPEG, PNG, WebP, Word (docx) en Excel (xlsx).');
  }
  return { contentType: detected.mime, sha256: createHash('sha256').update(content).digest('hex'), size: content.length };
}

export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}
