/** The error an operation was refused with; fails the test when the operation succeeds instead. */
export async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the operation to be refused");
}
