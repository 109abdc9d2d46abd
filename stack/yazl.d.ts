/** The part of yazl (streaming zip writer, no bundled types) that the edition package uses. */
declare module 'yazl' {
  import type { Readable } from 'node:stream';

  export type TEntryOptions = { mtime?: Date; mode?: number; compress?: boolean };

  export class ZipFile {
    /** The zip's bytes, produced as entries are added and read. */
    readonly outputStream: Readable;
    addReadStream(stream: Readable, name: string, options?: TEntryOptions): void;
    addBuffer(buffer: Buffer, name: string, options?: TEntryOptions): void;
    end(options?: { forceZip64Format?: boolean }, callback?: (size: number) => void): void;
  }
}
