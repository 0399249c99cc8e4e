/** What a command may do to the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readBytes(path: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  size(path: string): Promise<{ bytes: number; directory: boolean }>;
  /** Files under a folder whose names end with `suffix`, sorted. */
  listFiles(dir: string, suffix: string): Promise<string[]>;
}
