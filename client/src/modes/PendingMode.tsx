// A page of the plan whose screen is not built yet: says so instead of showing another page.
import { useTranslation } from 'react-i18next';
import { SessionNotice } from '../auth/SessionScreens';
import { modeForPath } from './routes';

export function PendingMode() {
  const { t } = useTranslation();
  const page = t(`page.${modeForPath(location.pathname)}`);
  return <SessionNotice message={`${t('auth.pendingTitle', { page })} ${t('auth.pendingBody')}`} />;
}
