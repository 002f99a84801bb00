// The iframe page's entry.
import { reportHeight, showWidget } from './frame.js';

showWidget(document.getElementById('widget')!, location.search);
if (window.parent !== window) reportHeight();
