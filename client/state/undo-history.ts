/**
 * Undo/redo as two stacks around the current value (pure; no DOM). Pushing after an undo drops the redo
 * branch, as every editor does; the oldest entries fall off past `limit`.
 */
export class UndoHistory<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(
    private present: T,
    private readonly limit = 100,
  ) {}

  /** Everything needed to rebuild this history (to keep it across a reload). */
  snapshot(): HistorySnapshot<T> {
    return { past: [...this.past], present: this.present, future: [...this.future] };
  }

  static restore<T>(snapshot: HistorySnapshot<T>, limit = 100): UndoHistory<T> {
    const history = new UndoHistory(snapshot.present, limit);
    history.past = snapshot.past.slice(-limit);
    history.future = [...snapshot.future];
    return history;
  }

  get current(): T {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  push(next: T): void {
    this.past.push(this.present);
    if (this.past.length > this.limit) this.past.shift();
    this.present = next;
    this.future = [];
  }

  /** Change the present without an undo step (small changes: selection, pins). */
  replace(next: T): void {
    this.present = next;
  }

  undo(): T | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(this.present);
    this.present = previous;
    return previous;
  }

  redo(): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(this.present);
    this.present = next;
    return next;
  }
}

export interface HistorySnapshot<T> {
  past: T[];
  present: T;
  future: T[];
}
