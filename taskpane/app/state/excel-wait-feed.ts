/**
 * Where the pane hears that Excel refuses work for now because a cell is being edited (`true`) and
 * that it accepts work again (`false`): the Office host's `cellEditWaits` has this shape.
 * `subscribe` returns the way to stop listening.
 */
export interface ExcelWaitFeed {
  subscribe(listener: (waiting: boolean) => void): () => void;
}
