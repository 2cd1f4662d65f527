import helmet from "helmet";

/**
 * helmet with a real Content-Security-Policy: scripts only from this origin (no inline scripts, no eval).
 * Inline styles are allowed (style-src 'unsafe-inline'): the UI sets colours and positions on elements (legend
 * swatches, tooltips), and CodeMirror and Vite (npm run dev) inject <style> elements; styles cannot run code.
 * `npm run dev` also allows Vite's HMR websocket.
 */
export function securityHeaders(options: { dev: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
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
}
