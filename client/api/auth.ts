import { LoginResponse, MeResponse, OkResponse } from "../../server/contracts/auth";
import { request } from "./http";

export const authApi = {
  me: () => request(MeResponse, "/api/auth/me"),
  login: (username: string, password: string) =>
    request(LoginResponse, "/api/auth/login", { method: "POST", body: { username, password } }),
  logout: () => request(OkResponse, "/api/auth/logout", { method: "POST", body: {} }),
  changePassword: (current: string, next: string) =>
    request(OkResponse, "/api/auth/password", { method: "POST", body: { current, next } }),
};
