/** What an escalation says and what the CMO is asked to do about it. */
export interface EscalationText {
  readonly description: string;
  readonly recommendedAction: string;
}
