import type { z } from "zod";
import { ErrorBody } from "../../server/contracts/common";

/** A failed API call with the server's stable error code (or NETWORK when the server was unreachable). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

let csrfToken: string | null = null;

/** The session's CSRF token (from GET /api/auth/me or login); sent as x-csrf-token with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers for a request with this method: JSON accept, and the CSRF token on anything but GET/HEAD. */
export function requestHeaders(method: string, json: boolean): Record<string, string> {
  return {
    accept: "application/json",
    ...(json ? { "content-type": "application/json" } : {}),
    ...(csrfToken && method !== "GET" && method !== "HEAD" ? { "x-csrf-token": csrfToken } : {}),
  };
}

/** An ApiError from a failed response's body (the server's `{ error: { code, message } }`). */
export function apiErrorOf(status: number, statusText: string, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (parsed.success)
    return new ApiError(status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details);
  return new ApiError(status, "HTTP_" + status, statusText);
}

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Fetch JSON and parse it with the shared zod contract, so the client never trusts a shape it didn't check. */
export async function request<S extends z.ZodType>(
  schema: S,
  path: string,
  init: { method?: string; query?: Query; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    const method = init.method ?? "GET";
    response = await fetch(`${path}${queryString(init.query)}`, {
      method,
      headers: requestHeaders(method, init.body !== undefined),
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", (error as Error).message);
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, payload);
  return schema.parse(payload);
}
