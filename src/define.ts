/** Registers every element (each only if its tag is still free). */
import './principle-card/define.js';
import './example-list/define.js';
import './member-badge/define.js';
import './member-finder/define.js';
import './member-map/define.js';
import './get-involved/define.js';
import './about/define.js';
