import { installFakeBridge } from './fake-bridge.js';

// Dev entry (renderer/dev.html): fake core first, then the real app unchanged.
installFakeBridge(new URLSearchParams(window.location.search));
void import('../main.js');
