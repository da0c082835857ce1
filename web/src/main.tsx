import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// First, so that each feature's styles, imported by its components, come after the shared ones.
import './styles.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
