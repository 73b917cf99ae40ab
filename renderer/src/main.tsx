// Entry point. The API client is initialised first: in browser mode it takes the token out of
// the URL fragment before the (hash) router starts reading it.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initApiClient } from './api/client.ts';
import { App } from './app/App.tsx';
import { GlobalStyles } from './app/GlobalStyles.tsx';

initApiClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html saknar #root');

createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme} lang="sv" style={{ height: '100%' }}>
      <GlobalStyles />
      <App />
    </FluentProvider>
  </StrictMode>,
);
