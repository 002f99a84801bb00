// Renders one element from the query string: ?element=<tag>&theme=light|dark&lang=en|ar&<attribute>=<value>…
const query = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const theme = query.get('theme') ?? 'light';
document.documentElement.lang = query.get('lang') ?? 'en';
document.body.classList.toggle('dark', theme === 'dark');
const element = document.createElement(query.get('element'));
for (const [name, value] of query) if (name !== 'element' && name !== 'lang') element.setAttribute(name, value);
element.setAttribute('theme', theme);
stage.append(element);
