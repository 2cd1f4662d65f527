// The shapes a managed instance shares with its callers and keeps in its state file.

export interface LocalOptions {
  heap?: string;
  pageCache?: string;
  txTimeoutMs?: number;
  /** Fixed Bolt port; otherwise the previous port if free, else any free port. */
  boltPort?: number;
  startTimeoutMs?: number;
  /** Also offer TLS on Bolt with the key and certificate in this folder (see LocalConf.tlsDir). */
  tlsDir?: string;
  log?: (line: string) => void;
}

export interface LocalConnection {
  uri: string;
  user: string;
  password: string;
  port: number;
}

export interface State {
  pid: number;
  port: number;
  /** The process that owns (started or took over) the server and stops it at its exit. */
  ownerPid: number;
  /** The owner's start time (processStartTime): a reused pid is not mistaken for a live owner. */
  ownerStartTime?: string | null;
  startedAt: string;
}

/** How the owned JVM last ended when nobody asked it to (for the supervisor's log and /api/health). */
export interface JvmExit {
  at: string;
  code: number | null;
  signal: string | null;
}
