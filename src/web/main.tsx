import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setDayjsLanguage } from './app/dayjs';
import './app/global.css';
import { initI18n } from './app/i18n';
import { initialLanguage } from './app/preferences/preference-storage';

const language = initialLanguage();
initI18n(language);
setDayjsLanguage(language);
document.documentElement.lang = language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
