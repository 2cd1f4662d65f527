import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";

/** The placeholder in client/index.html that the server replaces with the response's style nonce. */
export const CSP_NONCE_PLACEHOLDER = "__CSP_NONCE__";

const nonceOf = (res: ServerResponse) => String((res as Response).locals.cspNonce ?? "");

/**
 * helmet with a real Content-Security-Policy: scripts only from this origin (no inline scripts, no eval); style
 * sheets only from this origin or carrying this page's nonce — CodeMirror's <style> elements get it from a meta
 * tag of index.html — so injected markup cannot bring its own <style> rules. Style *attributes* stay allowed
 * (style-src-attr): CodeMirror sets a few (tab size, tooltip positions), they apply to one element each and
 * cannot run code; our own UI sets styles through the CSSOM. `npm run dev` relaxes styles (Vite injects <style>
 * elements for hot reload) and allows its HMR websocket.
 */
export function securityHeaders(options: { dev: boolean }): RequestHandler[] {
  const setNonce: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  };
  const styleNonce = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${nonceOf(res)}'`;
  const csp = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'", styleNonce],
        "style-src-elem": options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'", styleNonce],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": options.dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
  });
  return [setNonce, csp];
}

/** index.html for this response: the style nonce of its CSP in place of the placeholder. */
export function withNonce(html: string, res: Response): string {
  return html.replace(CSP_NONCE_PLACEHOLDER, nonceOf(res));
}
