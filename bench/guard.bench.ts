// npm run bench:guard — GET /api/graph latency alone, while 20 nesting bombs hit POST /api/cypher at once,
// and while analysts' slow queries fill their own pool (issue 11: the app's reads must not wait behind them).
// Prints figures; asserts nothing.
import { coreServices } from "../server/app";
import { configureSealer, resolveAppSecret } from "../server/config/app-secret";
import { SYSTEM } from "../server/features/auth/users.service";
import { loadSeed } from "../seed/load";
import { benchInstance, fmt, sample, serve, stats } from "./lib";

const INSTANCE = "bench-guard";
configureSealer(
  resolveAppSecret({
    CHAINATLAS_INSTANCE: INSTANCE,
    APP_SECRET: undefined,
    APP_SECRET_FILE: undefined,
    NEO4J_URI: undefined,
  }),
);
const { local, db } = await benchInstance(INSTANCE, { reset: true });
try {
  await loadSeed(db);
  const { users } = coreServices(db).access;
  await users.create(SYSTEM, { username: "bench-analyst", role: "analyst" }, { tokenOnly: true });
  const analysts = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      users
        .create(SYSTEM, { username: `bench-analyst-${i}`, role: "analyst" }, { tokenOnly: true })
        .then(() => users.createToken(SYSTEM, `bench-analyst-${i}`, "bench")),
    ),
  );
  const { secret } = await users.createToken(SYSTEM, "bench-analyst", "bench");
  const app = await serve(db);
  const post = (query: string, token = secret, timeoutMs = 10_000) =>
    fetch(`${app.url}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, timeoutMs }),
    }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });
  const bomb = (depth: number) => `RETURN ${"(".repeat(depth)}1${")".repeat(depth)}`;

  for (let i = 0; i < 30; i++) await app.time("/api/graph?limit=500"); // warm-up
  const alone = await sample(30, () => app.time("/api/graph?limit=500"));
  console.log(
    `GET /api/graph?limit=500 alone:                          median=${fmt(alone.median)} ms  p95=${fmt(alone.p95)} ms  max=${fmt(alone.max)} ms (n=${alone.n})`,
  );

  const underBombs: number[] = [];
  const bombStatuses = new Map<number, number>();
  for (let round = 0; round < 10; round++) {
    const bombs = Array.from({ length: 20 }, (_, i) => post(bomb([500, 3_000, 10_000][i % 3]!)));
    underBombs.push(await app.time("/api/graph?limit=500"));
    for (const status of await Promise.all(bombs)) bombStatuses.set(status, (bombStatuses.get(status) ?? 0) + 1);
  }
  const bombed = stats(underBombs);
  console.log(
    `GET /api/graph?limit=500 with 20 concurrent nesting bombs: median=${fmt(bombed.median)} ms  p95=${fmt(bombed.p95)} ms  max=${fmt(bombed.max)} ms (n=${bombed.n}); bomb answers: ${JSON.stringify(Object.fromEntries(bombStatuses))}`,
  );

  const slow = "UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b RETURN count(*) AS n";
  const slowRuns = analysts.map((a) => post(slow, a.secret, 20_000));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const extra = await post(slow, secret, 1_000); // a 7th while the 6 hold every analysts' slot
  const busy = await sample(10, () => app.time("/api/graph?limit=500"));
  console.log(
    `GET /api/graph?limit=500 with 6 slow analyst queries:     median=${fmt(busy.median)} ms  p95=${fmt(busy.p95)} ms  max=${fmt(busy.max)} ms (n=${busy.n})`,
  );
  console.log(
    `a 7th analysts' query while 6 run: HTTP ${extra}; the 6 slow ones ended with ${JSON.stringify(await Promise.all(slowRuns))}`,
  );
  await app.close();
} finally {
  await db.close();
  await local.stop();
}
