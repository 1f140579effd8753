/**
 * Ids of one run, recorded so a commit can replay them: a commit re-runs the engine, and the
 * report and feedback ids it writes must be the ones the preview showed.
 *
 * @example const tape = new IdTape(newId, []); tape.next(); tape.used // ['…']
 */
export class IdTape {
  private readonly recorded: string[] = [];
  private position = 0;

  constructor(
    private readonly fresh: () => string,
    private readonly replay: readonly string[],
  ) {}

  readonly next = (): string => {
    const id = this.replay[this.position] ?? this.fresh();
    this.position += 1;
    this.recorded.push(id);
    return id;
  };

  /** Every id handed out, in order. */
  get used(): readonly string[] {
    return this.recorded;
  }
}
