/** Registers every element of the registry (src/elements.json), each only if its tag is still free. */
import './generated/define-elements.js';
