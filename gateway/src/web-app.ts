import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Express } from 'express';

// The app talks only to its own origin; media are same-origin too. Blob URLs preview covers before upload.
// The playground's stylesheet (GraphiQL, bundled from npm) embeds its fonts as data: URLs.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function resolveWebDist(configured: string | undefined): string | undefined {
  if (configured) return configured;
  try {
    const webPackage = createRequire(import.meta.url).resolve('@sp0t1fy/web/package.json');
    const dist = join(dirname(webPackage), 'dist');
    return existsSync(join(dist, 'index.html')) ? dist : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the built single-page app, with its security headers, falling back to index.html for client routes. */
export function serveWebApp(app: Express, distDir: string | undefined, publicPaths: readonly string[]): void {
  app.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  if (!distDir) {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Sp0t1fy gateway: the web app is not built (run `npm run build`). GraphQL is at /graphql.');
    });
    return;
  }
  app.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  const served = new Set(['/graphql', '/health', '/ready', ...publicPaths]);
  app.get(/.*/, (req, res, next) => {
    // The API's own paths are never answered with the app's page.
    const top = `/${req.path.split('/')[1] ?? ''}`;
    if (served.has(top)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(distDir, 'index.html'));
  });
}
