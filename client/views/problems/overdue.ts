// A problem still 征集中 (open) whose deadline has passed is 已逾期: marked, and listed after the others.

/** Today's date as YYYY-MM-DD in the planner's time zone (deadlines are calendar dates). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isOverdue(p: { status: string; deadline: string | null }, today: string): boolean {
  return p.status === "open" && !!p.deadline && p.deadline < today;
}

/** The board's order: the server's order, except overdue open problems go last (in their own order). */
export function boardOrder<T extends { status: string; deadline: string | null }>(problems: T[], today: string): T[] {
  return [...problems.filter((p) => !isOverdue(p, today)), ...problems.filter((p) => isOverdue(p, today))];
}
