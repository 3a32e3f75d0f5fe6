import type { SessionState } from '../../lib/session.js';
import { AuthFrame } from './AuthFrame.js';
import { LoginPage } from './LoginPage.js';
import { MfaSetup } from './MfaSetup.js';
import { MfaVerify } from './MfaVerify.js';
import { PasswordChange } from './PasswordChange.js';

/** Login, then whichever step the server says is pending: second factor, its enrolment, a new password. */
export function AuthFlow({ state }: { state: Exclude<SessionState, { status: 'loading' }> }) {
  let step;
  if (state.status === 'anonymous') step = <LoginPage expired={state.expired} />;
  else if (state.session.pending === 'mfa') step = <MfaVerify session={state.session} />;
  else if (state.session.pending === 'mfa_setup') step = <MfaSetup session={state.session} forced />;
  else step = <PasswordChange forced />;
  return <AuthFrame>{step}</AuthFrame>;
}
