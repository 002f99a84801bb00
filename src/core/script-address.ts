// Where the script-tag file was loaded from, for the snippets a page writes (the library check's).

let scriptTagFile: string | undefined;

/**
 * Records the address the script-tag file (`cc4dr-widgets.js`) was loaded from: its entry calls this with its own
 * `import.meta.url`. Undefined, as by default, where an app bundled the npm modules and no one can tell.
 */
export function recordScriptTagAddress(address: string | undefined): void {
  scriptTagFile = address;
}

/** Where this page loaded the script-tag file from, if its widgets came from it (see `recordScriptTagAddress`). */
export function scriptTagAddress(): string | undefined {
  return scriptTagFile;
}
