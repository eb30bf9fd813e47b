import { createRoot } from 'react-dom/client';

// Minimal entry so the build has a renderer; the renderer's own app replaces it.
createRoot(document.getElementById('root')!).render(<p>Hookbench</p>);
