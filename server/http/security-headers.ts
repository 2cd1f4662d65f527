import helmet from "helmet";

/**
 * helmet with a real Content-Security-Policy: scripts only from this origin (no inline scripts, no eval).
 * Stylesheets only from this origin too; inline `style` *attributes* are allowed (style-src-attr) because the
 * UI sets colours and positions on elements (legend swatches, tooltips) — they cannot run code. `npm run dev`
 * also allows Vite's injected <style> elements and its HMR websocket.
 */
export function securityHeaders(options: { dev: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
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
}
