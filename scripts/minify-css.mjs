// A rollup plugin for the widgets' stylesheets (Lit's css`` in src/**/*.styles.ts): drops comments and the white
// space CSS does not need, so that the script-tag file carries less. Only the text between interpolations changes;
// quoted strings are kept as written, and a space before `:` stays (`.a :hover` is not `.a:hover`).
// TypeScript's output writes the tag with a space (`css `…``).
const stylesheet = /\bcss\s*`([^`]*)`/g;

/** CSS text with its comments and needless white space taken out. */
export function minifyCssText(text) {
  let out = '';
  for (const part of text.split(/('[^']*'|"[^"]*")/)) {
    if (part.startsWith("'") || part.startsWith('"')) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      return { code: code.replace(stylesheet, (_, body) => `css\`${minifyCssText(body)}\``), map: null };
    },
  };
}
