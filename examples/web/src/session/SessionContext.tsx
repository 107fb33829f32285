import { clearFormDrafts } from '@gridcase/forms/react';
import { createHttpClient, type GridcaseClient } from '@gridcase/ui';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { exampleApi, type Profile, type SignedIn } from '../api/exampleApi';
import { useLocale } from '../i18n/LocaleContext';

const STORAGE_KEY = 'gridcase.session';

export interface SessionValue {
  /** `loading` while a stored session is checked. */
  status: 'loading' | 'signedOut' | 'signedIn';
  token?: string;
  profile?: Profile;
  /** The components' client, speaking for the signed-in user in their language. */
  client: GridcaseClient;
  /** The server's time (it may run a test clock): due badges compare against it. */
  now: () => Date;
  /** Why the last session ended, if it ended on its own. */
  notice?: 'expired';
  signIn(username: string): Promise<void>;
  signOut(notice?: 'expired'): void;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

function stored(): SignedIn | undefined {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? 'null') as SignedIn;
    return value && Date.parse(value.expiresAt) > Date.now() ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The signed-in user (development sign-in by username), their profile and county, and the
 * gridcase client for the components. The token lives in the tab's session storage.
 *
 * @example
 * ```tsx
 * <SessionProvider><App /></SessionProvider>
 * ```
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  const [signedIn, setSignedIn] = useState<SignedIn | undefined>(stored);
  const [profile, setProfile] = useState<Profile>();
  const [notice, setNotice] = useState<'expired'>();
  const [offset, setOffset] = useState(0);
  const token = signedIn?.token;

  const signOut = useCallback((why?: 'expired') => {
    window.sessionStorage.removeItem(STORAGE_KEY);
    // half-filled forms may hold personal data: none stays behind on a shared phone
    if (!why) clearFormDrafts();
    setSignedIn(undefined);
    setProfile(undefined);
    setNotice(why);
  }, []);

  useEffect(() => {
    exampleApi
      .clock()
      .then((clock) => setOffset(Date.parse(clock.now) - Date.now()))
      .catch(() => setOffset(0));
  }, []);

  useEffect(() => {
    if (!token) return;
    let live = true;
    exampleApi.me(token, locale).then(
      (me) => live && setProfile(me),
      () => live && signOut('expired'),
    );
    return () => {
      live = false;
    };
  }, [token, locale, signOut]);

  const client = useMemo(() => {
    const http = createHttpClient({ baseUrl: '/api', token: () => token, locale });
    // a 401 anywhere ends the session and sends the user back to the sign-in page
    return new Proxy(http, {
      get(target, key) {
        const value = target[key as keyof GridcaseClient];
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
          } catch (error) {
            if ((error as { status?: number }).status === 401) signOut('expired');
            throw error;
          }
        };
      },
    });
  }, [token, locale, signOut]);

  const value = useMemo<SessionValue>(
    () => ({
      status: !signedIn ? 'signedOut' : profile ? 'signedIn' : 'loading',
      ...(token ? { token } : {}),
      ...(profile ? { profile } : {}),
      ...(notice ? { notice } : {}),
      client,
      now: () => new Date(Date.now() + offset),
      async signIn(username) {
        const result = await exampleApi.devLogin(username);
        const session = { token: result.token, expiresAt: result.expiresAt };
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
        setNotice(undefined);
        setProfile(undefined);
        setSignedIn(session);
      },
      signOut,
    }),
    [signedIn, profile, token, notice, client, offset, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * The session: who is signed in, their county, the client.
 *
 * @example
 * ```tsx
 * const { profile, signOut } = useSession();
 * ```
 */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}
