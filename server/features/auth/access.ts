import type { SecurityConfig } from "../../config/security";
import type { Database } from "../../db/database";
import type { Logger } from "../../http/logger";
import type { RouteDef } from "../../http/route";
import type { AuditService } from "../audit/audit.service";
import { bookkeepingSealer } from "../../config/app-secret";
import { authRepo } from "./auth.repo";
import { authRoutes } from "./auth.routes";
import { authService } from "./auth.service";
import { createGuard } from "./guard";
import { failureLimiter } from "./rate-limit";
import { usersRoutes } from "./users.routes";
import { usersService } from "./users.service";

/** Accounts, sessions, tokens and the route guard, wired once per app. */
export function createAccess(db: Database, audit: AuditService, security: SecurityConfig, logger: Logger) {
  const repo = authRepo(db, bookkeepingSealer());
  const limiter = failureLimiter({ max: security.loginMaxFailures, windowMs: security.loginWindowMs });
  const tokenUsage = new Map<string, string>();
  const revokeTokensOnPasswordChange = security.revokeTokensOnPasswordChange;
  const auth = authService(repo, audit, {
    sessionTtlMs: security.sessionTtlMs,
    limiter,
    tokenUsage,
    revokeTokensOnPasswordChange,
  });
  const users = usersService(repo, audit, tokenUsage, { revokeTokensOnPasswordChange });
  const guard = createGuard({ auth, audit, anonymousRole: security.anonymousRole, logger });
  const routes: RouteDef[] = [
    ...authRoutes(auth, {
      anonymousRole: security.anonymousRole,
      sessionTtlMs: security.sessionTtlMs,
      cookieSecure: security.cookieSecure,
      identify: guard.identify,
    }),
    ...usersRoutes(users),
  ];
  return { auth, users, guard, routes };
}

export type Access = ReturnType<typeof createAccess>;
