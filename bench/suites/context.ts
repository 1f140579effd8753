/** What every suite is given. */
export interface BenchContext {
  /** `npm run bench -- --quick`: fewer and smaller workloads, fewer runs. */
  readonly quick: boolean;
  /** The compiled bench (dist/bench), where worker scripts live. */
  readonly distDir: string;
  /** The project's root folder. */
  readonly root: string;
  /** A scratch folder for generated files, removed at the end. */
  readonly scratch: string;
  /** Says what is being measured now (on stderr, so the table on stdout stays clean). */
  progress(message: string): void;
}
