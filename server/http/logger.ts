export type Level = "silent" | "error" | "warn" | "info" | "debug";

const ORDER: Record<Level, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export interface Logger {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/** A small leveled logger to stderr; injected everywhere (nothing imports a global logger from main.ts). */
export function createLogger(level: Level): Logger {
  const at = ORDER[level];
  const write = (lvl: Level, message: string) => {
    if (ORDER[lvl] <= at) process.stderr.write(`${new Date().toISOString()} ${lvl.padEnd(5)} ${message}\n`);
  };
  return {
    error: (message, error) =>
      write(
        "error",
        error ? `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` : message,
      ),
    warn: (message) => write("warn", message),
    info: (message) => write("info", message),
    debug: (message) => write("debug", message),
  };
}
