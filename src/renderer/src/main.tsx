import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient, pickBridge } from './api/client';
import { ClientContext } from './api/use-client';
import { App } from './App';
import { AppStoreContext } from './store/use-app';
import { createAppStore } from './store/app-store';
import { connectToCore } from './store/connect-to-core';
import './styles/theme.css';
import './styles/app.css';
// Shared by the Inbox's detail, Compose and Triggers (forms, the response view).
import './styles/compose.css';
import './styles/detail.css';

const bridge = pickBridge();
const client = createClient(bridge);
const store = createAppStore(client);
connectToCore(store, bridge);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClientContext value={client}>
      <AppStoreContext value={store}>
        <App />
      </AppStoreContext>
    </ClientContext>
  </StrictMode>,
);
