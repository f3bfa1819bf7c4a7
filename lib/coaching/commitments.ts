// A commitment is overdue while it is open after its due date: the one definition behind every
// screen's overdue count and flag (SQL filters that count in the database say the same:
// status = 'OPEN' AND "dueOn" < today).
export function isOverdue(commitment: { status: string; dueOn: string }, today: string): boolean {
  return commitment.status === "OPEN" && commitment.dueOn < today;
}
