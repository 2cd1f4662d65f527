import { AsyncLocalStorage } from "node:async_hooks";

// A step that rides in the first write transaction of a unit of work (one HTTP write request): the router's
// generic audit entry commits together with the change it records, or neither does. Only the first write
// transaction that changes something takes it; if that transaction fails or changes nothing, the next one may.

interface Rider {
  step: (tx: unknown) => Promise<void>;
  state: "waiting" | "boarding" | "committed";
  onCommit?: () => void;
}

const riders = new AsyncLocalStorage<Rider>();

/** Run `work`; `step` joins the first write transaction it commits. `committed` says whether one did. */
export async function withFirstWriteStep<T, R>(
  step: (tx: T) => Promise<void>,
  work: () => Promise<R>,
  onCommit?: () => void,
): Promise<{ result: R; committed: boolean }> {
  const rider: Rider = { step: step as (tx: unknown) => Promise<void>, state: "waiting", onCommit };
  const result = await riders.run(rider, work);
  return { result, committed: rider.state === "committed" };
}

/** For the database layer, as a write transaction starts: the waiting step, if any, now bound to this transaction. */
export function boardFirstWrite<T>(): { step: (tx: T) => Promise<void>; committed(): void; failed(): void } | null {
  const rider = riders.getStore();
  if (!rider || rider.state !== "waiting") return null;
  rider.state = "boarding";
  return {
    step: rider.step,
    committed: () => {
      rider.state = "committed";
      rider.onCommit?.();
    },
    failed: () => void (rider.state = "waiting"),
  };
}
