import { App } from './App';
import { PublicApp } from './public/PublicApp';
import { isPublicPath } from './public/publicPaths';
import { usePath } from './router/router';
import { SessionProvider } from './session/SessionContext';

/**
 * The citizen pages (no session at all) or the signed-in app, by path.
 *
 * @example
 * ```tsx
 * <LocaleProvider><Root /></LocaleProvider>
 * ```
 */
export function Root() {
  const path = usePath();
  if (isPublicPath(path)) return <PublicApp path={path} />;
  return (
    <SessionProvider>
      <App />
    </SessionProvider>
  );
}
