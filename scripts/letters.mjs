// Every letter the library check can draft to a city, in every state of the city and in all nine languages, written
// by the built code (dist/, so build first) into docs/letters/<lang>.md: anyone can read what a city will receive
// without running anything. `npm run docs` writes them; `node scripts/letters.mjs --check` exits 1 when one is stale,
// and the Node tests (test/node/docs.test.mjs) fail the same way. The date is fixed, so the files are stable.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);

export const letterDate = '2026-12-01';
export const languages = {
  en: 'English',
  es: 'Spanish',
  ca: 'Catalan',
  fr: 'French',
  de: 'German',
  nl: 'Dutch',
  pt: 'Portuguese (Portugal)',
  'pt-BR': 'Portuguese (Brazil)',
  ar: 'Arabic',
};
/** What the sample library does: two activities for one principle, one for another. */
const ticked = ['public-access', 'skills-classes', 'privacy-workshops'];
/** The sample library's name in each language, and who signs the first letter. */
const libraries = {
  en: 'Central Library',
  es: 'Biblioteca Central',
  ca: 'Biblioteca Central',
  fr: 'Bibliothèque centrale',
  de: 'Stadtbibliothek',
  nl: 'Centrale Bibliotheek',
  pt: 'Biblioteca Central',
  'pt-BR': 'Biblioteca Central',
  ar: 'المكتبة المركزية',
};
const roles = {
  en: 'Director',
  es: 'Directora',
  ca: 'Directora',
  fr: 'Directrice',
  de: 'Leiterin',
  nl: 'Directeur',
  pt: 'Diretora',
  'pt-BR': 'Diretora',
  ar: 'مديرة المكتبة',
};
const signer = (locale) => ({ name: 'Alex Martin', role: roles[locale], contact: 'alex.martin@library.example' });
const nobody = { name: '', role: '', contact: '' };

/** Each state of the city, with the city that shows it (the lookup the library check makes for it). */
function states(members) {
  const member = (id) => members.find((m) => m.id === id);
  return [
    { title: 'Founding member (Barcelona), signed', city: { kind: 'found', member: member('barcelona') }, signed: true },
    { title: 'Member since a year (Leipzig)', city: { kind: 'found', member: member('leipzig') } },
    { title: 'Decided to join in a year (Munich)', city: { kind: 'found', member: member('munich') } },
    { title: 'Member by a date (Vienna)', city: { kind: 'found', member: member('vienna') } },
    { title: 'Member with no date (Utrecht)', city: { kind: 'found', member: member('utrecht') } },
    { title: 'Membership unconfirmed (Sofia)', city: { kind: 'found', member: member('sofia') } },
    {
      title: 'A member’s name, not yet pinned (Portland, without its state)',
      city: {
        kind: 'shared',
        member: member('portland'),
        name: 'Portland',
        places: [{ name: 'Portland', subdivision: 'Maine', country: 'US' }],
        pin: 'subdivision',
      },
    },
    { title: 'Not in the list (Springfield, United States)', city: { kind: 'not-listed', name: 'Springfield', country: 'US' } },
    { title: 'No city given, no library name', city: { kind: 'none' }, library: '' },
    { title: 'Nothing ticked (Barcelona)', city: { kind: 'found', member: member('barcelona') }, items: [] },
  ];
}

/** Every letter file, by path, with the content the code gives it. */
export async function letterFiles() {
  const { draftLetter, letterText } = await dist('library-check/letter.js');
  const { addCityNames } = await dist('core/cities.js');
  const { members } = await dist('generated/data.js');
  const { activities } = await dist('generated/activities.js');
  const english = {
    ...(await dist('generated/messages-en-check.js')).default,
    ...(await dist('generated/messages-en-principle.js')).default,
  };
  const files = {};
  for (const [locale, language] of Object.entries(languages)) {
    let messages = english;
    let texts = {};
    if (locale !== 'en') {
      const main = await dist(`generated/messages-${locale}.js`);
      const check = await dist(`generated/messages-${locale}-check.js`);
      addCityNames(locale, main.cityNames);
      messages = { ...english, ...main.default, ...check.default };
      texts = check.activityTexts;
    }
    const t = (key, args) => messages[key](args);
    const items = ticked.map((id) => {
      const activity = activities.find((a) => a.id === id);
      return {
        id,
        title: texts[id]?.title ?? activity.title,
        text: texts[id]?.text ?? activity.text,
        principles: [activity.principle],
        activity,
      };
    });
    const letters = states(members).map((state) => {
      const letter = draftLetter({
        locale,
        formatting: locale,
        t,
        library: state.library ?? libraries[locale],
        city: state.city,
        items: state.items ?? items,
        sender: state.signed ? signer(locale) : nobody,
        date: letterDate,
      });
      return `## ${state.title}\n\n\`\`\`text\n${letterText(letter, t).trimEnd()}\n\`\`\`\n`;
    });
    files[`docs/letters/${locale}.md`] =
      `# The letter to the city in ${language}\n\n` +
      `Generated by \`npm run docs\` (scripts/letters.mjs) from the library check's code and messages; do not edit by hand. ` +
      `Each letter is dated ${letterDate}, from a library that ticked ${ticked.join(', ')}. The printed page and the ` +
      `downloaded file read as below; an e-mail carries the subject and the text from the salutation on.\n\n` +
      letters.join('\n');
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stale = [];
  for (const [path, content] of Object.entries(await letterFiles())) {
    let current = '';
    try {
      current = readFileSync(join(root, path), 'utf8');
    } catch {
      // a file not written yet
    }
    if (current === content) continue;
    stale.push(path);
    if (!process.argv.includes('--check')) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  }
  if (process.argv.includes('--check') && stale.length) {
    console.error(`Out of date: ${stale.join(', ')}. Run npm run docs.`);
    process.exit(1);
  }
  console.log(stale.length ? `updated: ${stale.join(', ')}` : 'letters up to date');
}
