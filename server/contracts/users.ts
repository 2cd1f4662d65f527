import { z } from "zod";
import { Password, Role, Username } from "./auth";

export const User = z.object({
  username: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  hasPassword: z.boolean(),
  tokens: z.number(),
});
export type User = z.infer<typeof User>;

export const UsersResponse = z.object({ users: z.array(User) });
export const UserResponse = z.object({ user: User });

export const UserParams = z.object({ username: Username }).strict();
export const TokenParams = z
  .object({ username: Username, tokenId: z.string().regex(/^tok_[a-z0-9]{10,40}$/) })
  .strict();

export const CreateUserBody = z
  .object({
    username: Username,
    role: Role,
    password: Password.optional().describe("Omit to have one generated and shown once"),
  })
  .strict();
export const CreateUserResponse = z.object({ user: User, password: z.string().optional() });

export const UpdateUserBody = z
  .object({ role: Role.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((b) => b.role !== undefined || b.disabled !== undefined, { message: "give role and/or disabled" });

export const ResetPasswordBody = z.object({ password: Password.optional() }).strict();
export const ResetPasswordResponse = z.object({ password: z.string().optional() });

/** `lastUsedAt`: since this server process started (kept in memory, so using a token never writes). */
export const ApiToken = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;
export const TokensResponse = z.object({ tokens: z.array(ApiToken) });
export const CreateTokenBody = z.object({ name: z.string().trim().min(1).max(80) }).strict();
/** `secret` is shown once; only its SHA-256 is stored. */
export const CreateTokenResponse = z.object({ token: ApiToken, secret: z.string() });
