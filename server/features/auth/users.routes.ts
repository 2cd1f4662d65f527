import { OkResponse } from "../../contracts/auth";
import {
  CreateTokenBody,
  CreateTokenResponse,
  CreateUserBody,
  CreateUserResponse,
  ResetPasswordBody,
  ResetPasswordResponse,
  TokenParams,
  TokensResponse,
  UpdateUserBody,
  UserParams,
  UserResponse,
  UsersResponse,
} from "../../contracts/users";
import type { Principal } from "../../http/principal";
import { defineRoute, type RouteDef } from "../../http/route";
import type { UsersService } from "./users.service";

const admin = { tag: "admin", auth: "admin", audit: "self" } as const;
const actor = (user: Principal | null) => ({ username: user!.username, role: user!.role, via: user!.via });

export function usersRoutes(users: UsersService): RouteDef[] {
  return [
    defineRoute(
      { ...admin, method: "get", path: "/api/users", summary: "Local accounts (admin)", response: UsersResponse },
      async () => ({ users: await users.list() }),
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/users",
        status: 201,
        summary: "Create an account; without a password one is generated and returned once",
        body: CreateUserBody,
        response: CreateUserResponse,
        errors: [409],
      },
      ({ body, user }) => users.create(actor(user), body),
    ),
    defineRoute(
      {
        ...admin,
        method: "patch",
        path: "/api/users/:username",
        summary: "Change an account's role or disable it (its sessions end at once)",
        params: UserParams,
        body: UpdateUserBody,
        response: UserResponse,
        errors: [404, 409],
      },
      async ({ params, body, user }) => ({ user: await users.update(actor(user), params.username, body) }),
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/users/:username/password",
        summary: "Reset a password (given, or generated and returned once); the user's sessions end",
        params: UserParams,
        body: ResetPasswordBody,
        response: ResetPasswordResponse,
        errors: [404],
      },
      ({ params, body, user }) => users.resetPassword(actor(user), params.username, body.password),
    ),
    defineRoute(
      {
        ...admin,
        method: "get",
        path: "/api/users/:username/tokens",
        summary: "A user's API tokens (never the secrets)",
        params: UserParams,
        response: TokensResponse,
        errors: [404],
      },
      async ({ params }) => ({ tokens: await users.tokens(params.username) }),
    ),
    defineRoute(
      {
        ...admin,
        method: "post",
        path: "/api/users/:username/tokens",
        status: 201,
        summary: "Create an API token for scripts (Authorization: Bearer <secret>); the secret is shown once",
        params: UserParams,
        body: CreateTokenBody,
        response: CreateTokenResponse,
        errors: [404],
      },
      ({ params, body, user }) => users.createToken(actor(user), params.username, body.name),
    ),
    defineRoute(
      {
        ...admin,
        method: "delete",
        path: "/api/users/:username/tokens/:tokenId",
        summary: "Revoke an API token",
        params: TokenParams,
        response: OkResponse,
        errors: [404],
      },
      async ({ params, user }) => {
        await users.revokeToken(actor(user), params.username, params.tokenId);
        return { ok: true as const };
      },
    ),
  ];
}
