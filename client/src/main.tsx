import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startSession } from './auth/session-bootstrap';
import { initI18n } from './i18n';
import { preloadPage } from './modes/preload';
import './styles.css';

// Who this screen is goes first: the chunks the page preloads would otherwise fill the browser's
// six connections to the server ahead of it, and everything live waits for the answer.
startSession();
preloadPage(location.pathname);
initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
