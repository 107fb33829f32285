import type { User } from '../store/types';

/** Who a request is from, as the auth provider proved it. The server loads the user by id. */
export interface AuthIdentity {
  userId: string;
}

/**
 * The plug-in point for a host's authentication. `authenticate` turns a request into an identity
 * (or a full {@link User} from the host's own directory), `null` for "no credentials"; it throws an
 * `GridcaseError` with an `auth.*` code for bad credentials. `issue` signs tokens for the development
 * sign-in and may be absent.
 */
export interface AuthProvider {
  authenticate(request: Request): Promise<AuthIdentity | User | null>;
  issue?(user: User): Promise<IssuedToken>;
}

export interface IssuedToken {
  token: string;
  expiresAt: string;
}
