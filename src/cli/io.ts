/** What a command may do to the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Files under a folder whose names end with `suffix`, sorted. */
  listFiles(dir: string, suffix: string): Promise<string[]>;
}
