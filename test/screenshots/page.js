// Renders one element from the query string: ?element=…&theme=light|dark&lang=en|ar
import { samples } from './samples.js';

const query = new URLSearchParams(location.search);
const stage = document.getElementById('stage');
const theme = query.get('theme') ?? 'light';
document.documentElement.lang = query.get('lang') ?? 'en';
document.body.classList.toggle('dark', theme === 'dark');
const [tag, attributes] = samples[query.get('element')];
const element = document.createElement(tag);
for (const [name, value] of Object.entries({ ...attributes, theme })) element.setAttribute(name, value);
stage.append(element);
