import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { AppError } from '@/api/errors';
import { Logo } from '@/app/Logo';
import { safeNext } from '@/app/nav';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { Button, Field, Icon, Input } from '@/ui';
import { useSession } from './session';

export default function LoginPage() {
  usePageTitle(t('login.pageTitle'));
  const { state, login } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError>();
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const notice =
    params.get('expired') === '1' ? t('errors.SESSION_EXPIRED') : params.get('loggedOut') === '1' ? t('account.loggedOut') : undefined;

  useEffect(() => {
    usernameRef.current?.focus();
  }, []);

  if (state.status === 'signedIn') return <Navigate to={next} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const m = {
      username: username.trim() ? undefined : t('login.usernameRequired'),
      password: password ? undefined : t('login.passwordRequired'),
    };
    setMissing(m);
    if (m.username || m.password) {
      (m.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setSubmitting(true);
    setError(undefined);
    const failure = await login(username.trim(), password);
    setSubmitting(false);
    if (failure) {
      setError(failure);
      // After a wrong password the person retypes the password, not the name.
      if (failure.reason === 'WRONG_PASSWORD') {
        setPassword('');
        passwordRef.current?.focus();
      }
      return;
    }
    navigate(next, { replace: true });
  }

  const formError = error && !error.fields.username && !error.fields.password ? error.message : undefined;

  return (
    <div className="jm-login">
      <aside className="jm-login__hero">
        <div className="jm-login__brand">
          <Logo size={40} />
          <span>{t('app.name')}</span>
        </div>
        <div className="jm-login__pitch">
          <h2 className="jm-login__hero-title">{t('login.heroTitle')}</h2>
          <p className="jm-login__hero-body">{t('login.heroBody')}</p>
          <ul className="jm-login__points">
            <li>
              <Icon name="calendar" size={18} />
              <span>{t('login.heroPoint1')}</span>
            </li>
            <li>
              <Icon name="users" size={18} />
              <span>{t('login.heroPoint2')}</span>
            </li>
            <li>
              <Icon name="clipboard" size={18} />
              <span>{t('login.heroPoint3')}</span>
            </li>
          </ul>
        </div>
        <p className="jm-login__tagline">{t('app.tagline')}</p>
      </aside>

      <main className="jm-login__main" id="main">
        <div className="jm-login__phone-brand" aria-hidden="true">
          <Logo size={44} />
          <span>{t('app.name')}</span>
        </div>
        <form className="jm-login__card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
          <h1 id="login-title">{t('login.title')}</h1>
          <p className="muted jm-login__subtitle">{t('login.subtitle')}</p>

          {notice && !error && (
            <p className="jm-alert jm-alert--info" role="status">
              {notice}
            </p>
          )}
          {formError && (
            <p className="jm-alert jm-alert--error" role="alert">
              <Icon name={error?.reason === 'LOCKED_OUT' ? 'lock' : 'alert'} size={18} />
              <span>{formError}</span>
            </p>
          )}

          <Field label={t('login.username')} error={missing.username ?? error?.fields.username}>
            <Input
              ref={usernameRef}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              placeholder={t('login.usernamePlaceholder')}
              value={username}
              onChange={(e) => {
                setUsername(e.target.value);
                if (missing.username) setMissing((m) => ({ ...m, username: undefined }));
              }}
            />
          </Field>

          <Field label={t('login.password')} error={missing.password ?? error?.fields.password}>
            <PasswordInput
              inputRef={passwordRef}
              value={password}
              onChange={(v) => {
                setPassword(v);
                if (missing.password) setMissing((m) => ({ ...m, password: undefined }));
              }}
              visible={showPassword}
              onToggle={() => setShowPassword((v) => !v)}
            />
          </Field>

          <Button type="submit" variant="primary" size="lg" block busy={submitting} busyLabel={t('login.submitting')}>
            {t('login.submit')}
          </Button>

          <p className="jm-login__help">{t('login.forgot')}</p>
        </form>
        <p className="jm-login__security">
          <Icon name="shield" size={14} />
          <span>{t('login.securityNote')}</span>
        </p>
      </main>
    </div>
  );
}

function PasswordInput({
  inputRef,
  value,
  onChange,
  visible,
  onToggle,
  ...rest
}: {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onChange: (v: string) => void;
  visible: boolean;
  onToggle: () => void;
  id?: string;
}) {
  // Field passes id and aria-* through ...rest onto the real input.
  return (
    <span className="jm-password">
      <Input
        {...rest}
        ref={inputRef}
        name="password"
        type={visible ? 'text' : 'password'}
        autoComplete="current-password"
        placeholder={t('login.passwordPlaceholder')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <button
        type="button"
        className="jm-password__toggle"
        onClick={onToggle}
        aria-label={visible ? t('login.hidePassword') : t('login.showPassword')}
        aria-pressed={visible}
      >
        <Icon name={visible ? 'eyeOff' : 'eye'} size={18} />
      </button>
    </span>
  );
}
