// The builder page's entry: the package's version pins the snippet's script tag.
import packageJson from '../package.json';
import { mountBuilder } from './builder.js';

mountBuilder(document.getElementById('builder')!, { version: packageJson.version });
