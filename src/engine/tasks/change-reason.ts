/**
 * Why a task changed, as data; `messages/render-change.ts` turns it into the Task Log's reason.
 * `note` is the update's Result or Blockers text when the change gives it no other role.
 */
export type ChangeReason =
  | { readonly kind: 'started'; readonly dependencies: readonly string[]; readonly note: string | null }
  | { readonly kind: 'completed'; readonly result: string | null; readonly note: string | null }
  | { readonly kind: 'blocked'; readonly blocker: string; readonly note: string | null }
  | { readonly kind: 'unblocked'; readonly previousBlocker: string | null; readonly note: string | null }
  | {
      readonly kind: 'attempt_failed';
      readonly attempt: number;
      readonly limit: number;
      readonly note: string | null;
    }
  | { readonly kind: 'cancelled'; readonly reason: string }
  | {
      readonly kind: 'progress_note';
      readonly hours: number | null;
      /** The new blocker text of a task that stays blocked. */
      readonly blocker: string | null;
      /** The corrected Actual Result of a task that stays completed. */
      readonly result: string | null;
      readonly note: string | null;
    };
