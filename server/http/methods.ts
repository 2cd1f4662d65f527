import type { RequestHandler } from "express";
import { AppError } from "./errors";

/** Methods the app answers at all; anything else (TRACE, CONNECT, PROPFIND, …) is a 405 wherever it is sent. */
const SERVED = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

interface Pattern {
  regex: RegExp;
  methods: Set<string>;
}

/** Express path (`/api/nodes/:id`) → a regex over one request path. */
function toRegex(path: string): RegExp {
  const escaped = path
    .split(/(:\w+)/)
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^${escaped.join("")}/?$`);
}

/** The methods a path allows (HEAD with GET, OPTIONS always), or null for no such route. */
export function allowedMethods(routes: { method: string; path: string }[]) {
  const patterns = new Map<string, Pattern>();
  for (const route of routes) {
    const entry = patterns.get(route.path) ?? { regex: toRegex(route.path), methods: new Set<string>() };
    entry.methods.add(route.method.toUpperCase());
    if (route.method.toLowerCase() === "get") entry.methods.add("HEAD");
    patterns.set(route.path, entry);
  }
  return (path: string): string[] | null => {
    const methods = new Set<string>();
    for (const { regex, methods: allowed } of patterns.values())
      if (regex.test(path)) for (const m of allowed) methods.add(m);
    if (!methods.size) return null;
    methods.add("OPTIONS");
    return [...methods].sort();
  };
}

function refuse(res: Parameters<RequestHandler>[1], method: string, path: string, allow: string[]): AppError {
  res.set("allow", allow.join(", "));
  return new AppError(405, "METHOD_NOT_ALLOWED", `${method} is not allowed on ${path}; allowed: ${allow.join(", ")}`, {
    allow,
  });
}

/**
 * 405 METHOD_NOT_ALLOWED with an `Allow` header. `unservedMethods` (first, every path): a method the app never
 * serves (TRACE, CONNECT, PROPFIND, …). `wrongMethod` (after the API router): an API path that exists, but not
 * with this method (`DELETE /api/health`). Unknown API paths stay 404.
 */
export function methodGuards(routes: { method: string; path: string }[]): {
  unservedMethods: RequestHandler;
  wrongMethod: RequestHandler;
} {
  const allowed = allowedMethods(routes);
  return {
    unservedMethods: (req, res, next) => {
      if (SERVED.has(req.method)) return next();
      const allow =
        (req.path.startsWith("/api/") ? allowed(req.path) : null) ??
        (req.path.startsWith("/api/") ? ["OPTIONS"] : ["GET", "HEAD"]);
      next(refuse(res, req.method, req.path, allow));
    },
    wrongMethod: (req, res, next) => {
      const allow = allowed(req.originalUrl.split("?")[0]!);
      if (!allow || allow.includes(req.method)) return next();
      next(refuse(res, req.method, req.originalUrl.split("?")[0]!, allow));
    },
  };
}
