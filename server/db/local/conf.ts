/** Everything that varies between managed instances; the rest of neo4j.conf is fixed policy. */
export interface LocalConf {
  boltPort: number;
  dataDir: string;
  logsDir: string;
  heap: string;
  pageCache: string;
  txTimeoutMs: number;
  /**
   * Offer TLS on Bolt as well as plain Bolt (tls_level OPTIONAL), with `private.key` and `public.crt` (PEM) in
   * this folder. Off by default: the app talks to its own loopback server; the test run turns it on to check
   * neo4j+s:// end to end.
   */
  tlsDir?: string;
}

/**
 * Render neo4j.conf for a managed instance (settings from the Neo4j 5.26 operations manual, configuration
 * settings reference). Loopback only, Bolt only (HTTP/HTTPS off: the app talks Bolt and nobody else should
 * reach this server), no usage reporting, a server-side transaction timeout so a runaway query cannot pin
 * the machine. Heap flags are also passed to the JVM because we start the JVM ourselves, not via bin/neo4j.
 */
export function renderNeo4jConf(conf: LocalConf): string {
  const seconds = Math.max(1, Math.ceil(conf.txTimeoutMs / 1000));
  return [
    "# Written by ChainAtlas (server/db/local/conf.ts) at every start; edits are overwritten.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${conf.boltPort}`,
    ...(conf.tlsDir
      ? [
          "server.bolt.tls_level=OPTIONAL",
          "dbms.ssl.policy.bolt.enabled=true",
          `dbms.ssl.policy.bolt.base_directory=${conf.tlsDir}`,
          "dbms.ssl.policy.bolt.private_key=private.key",
          "dbms.ssl.policy.bolt.public_certificate=public.crt",
          "dbms.ssl.policy.bolt.client_auth=NONE",
        ]
      : ["server.bolt.tls_level=DISABLED"]),
    "server.http.enabled=false",
    "server.https.enabled=false",
    `server.directories.data=${conf.dataDir}`,
    `server.directories.logs=${conf.logsDir}`,
    `server.memory.heap.initial_size=${conf.heap}`,
    `server.memory.heap.max_size=${conf.heap}`,
    `server.memory.pagecache.size=${conf.pageCache}`,
    `db.transaction.timeout=${seconds}s`,
    "db.lock.acquisition.timeout=10s",
    "dbms.security.auth_enabled=true",
    "dbms.usage_report.enabled=false",
    "db.logs.query.enabled=OFF",
    "server.logs.gc.enabled=false",
    "",
  ].join("\n");
}

/** JVM flags: the subset of the stock neo4j.conf `server.jvm.additional` that matters on Java 17. */
export function jvmArgs(conf: Pick<LocalConf, "heap">): string[] {
  return [
    `-Xms${conf.heap}`,
    `-Xmx${conf.heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
  ];
}
