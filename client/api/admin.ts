import { AuditResponse } from "../../server/contracts/audit";
import { BackupSummary, BackupsResponse } from "../../server/contracts/backups";
import { OkResponse, type Role } from "../../server/contracts/auth";
import {
  CreateTokenResponse,
  CreateUserResponse,
  ResetPasswordResponse,
  TokensResponse,
  UserResponse,
  UsersResponse,
} from "../../server/contracts/users";
import { request } from "./http";

const user = (name: string) => `/api/users/${encodeURIComponent(name)}`;

export interface AuditFilters {
  by?: string;
  action?: string;
  path?: string;
  importId?: string;
  from?: string;
  to?: string;
  limit?: number;
  skip?: number;
}

export const adminApi = {
  users: () => request(UsersResponse, "/api/users"),
  createUser: (username: string, role: Role, password?: string) =>
    request(CreateUserResponse, "/api/users", {
      method: "POST",
      body: { username, role, ...(password ? { password } : {}) },
    }),
  updateUser: (username: string, change: { role?: Role; disabled?: boolean }) =>
    request(UserResponse, user(username), { method: "PATCH", body: change }),
  resetPassword: (username: string) =>
    request(ResetPasswordResponse, `${user(username)}/password`, { method: "POST", body: {} }),
  tokens: (username: string) => request(TokensResponse, `${user(username)}/tokens`),
  createToken: (username: string, name: string) =>
    request(CreateTokenResponse, `${user(username)}/tokens`, { method: "POST", body: { name } }),
  revokeToken: (username: string, id: string) =>
    request(OkResponse, `${user(username)}/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
  audit: (filters: AuditFilters) => request(AuditResponse, "/api/audit", { query: { ...filters } }),
  backups: () => request(BackupsResponse, "/api/admin/backups"),
  createBackup: () => request(BackupSummary, "/api/admin/backups", { method: "POST" }),
  /** A plain link: the browser downloads with the session cookie. */
  backupUrl: (name: string) => `/api/admin/backups/${encodeURIComponent(name)}`,
};
