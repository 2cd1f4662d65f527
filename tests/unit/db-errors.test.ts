import { describe, expect, it } from "vitest";
import { TransactionMemoryError, unavailableReason } from "../../server/db/errors";

// Messages as neo4j-driver 6 writes them (seen against the run's Neo4j with TLS on).
const DISCOVERY =
  "Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=default database, routers=[]]";
const FAILED =
  "Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver.";

describe("why the database is unavailable, in one line", () => {
  it("names an untrusted TLS certificate behind a routed driver's discovery failure, and what to do", () => {
    const cause = new Error(
      `${FAILED} Caused by: Server certificate is not trusted. If you trust the database ... Socket responded with: UNABLE_TO_VERIFY_LEAF_SIGNATURE`,
    );
    const reason = unavailableReason(new Error(DISCOVERY, { cause }));
    expect(reason).toMatch(/^TLS: the server's certificate is not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/);
    expect(reason).toContain("NODE_EXTRA_CA_CERTS");
  });

  it("shows the cause of any other discovery failure instead of the routing table", () => {
    const reason = unavailableReason(new Error(DISCOVERY, { cause: new Error(FAILED) }));
    expect(reason).toBe("Could not perform discovery: Failed to connect to server");
  });

  it("keeps a plain error's first line", () => {
    expect(unavailableReason(new Error("The client is unauthorized due to authentication failure.\nmore"))).toBe(
      "The client is unauthorized due to authentication failure.",
    );
    expect(unavailableReason("boom")).toBe("boom");
  });
});

describe("a transaction that outgrew its memory", () => {
  // Neo4j 5 words the limit with a unit; older messages give bytes.
  const WITH_UNIT =
    "The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 715.5 MiB. dbms.memory.transaction.total.max threshold reached";

  it("reads a limit given with a unit in bytes, and names it in MiB", () => {
    const error = new TransactionMemoryError(WITH_UNIT);
    expect(error.limitBytes).toBe(Math.round(716.8 * 1024 * 1024));
    expect(error.message).toContain("dbms.memory.transaction.total.max = 717 MiB");
  });

  it("reads a limit given in bytes", () => {
    const error = new TransactionMemoryError("would use more than the limit of 1073741824 bytes");
    expect(error.limitBytes).toBe(1073741824);
  });
});
