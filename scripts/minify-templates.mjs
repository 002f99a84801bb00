// Rollup plugins that take out of Lit's templates what no reader sees, so that the widgets' files carry less.
// minifyCss: the stylesheets (css`` in src/**/*.styles.ts) lose comments and the white space CSS does not need; only
// the text between interpolations changes, quoted strings are kept, and a space before `:` stays (`.a :hover` is not
// `.a:hover`). collapseTemplateLines: in minified browser code, the only line breaks left are inside template
// literals, where the markup is indented over several lines; a break and its indentation read as one space in HTML.
// TypeScript's output writes the tag with a space (`css `…``).
const stylesheet = /\bcss\s*`([^`]*)`/g;

/** CSS text with its comments and needless white space taken out. */
export function minifyCssText(text) {
  let out = '';
  // Comments first: an apostrophe in one ("a page's colour") would otherwise read as the start of a string.
  for (const part of text.replace(/\/\*[\s\S]*?\*\//g, '').split(/('[^']*'|"[^"]*")/)) {
    if (part.startsWith("'") || part.startsWith('"')) {
      out += part;
      continue;
    }
    out += part
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

export function collapseTemplateLines() {
  return {
    name: 'collapse-template-lines',
    renderChunk(code) {
      return { code: code.replace(/[ \t]*\n[ \t]*/g, ' '), map: null };
    },
  };
}
