import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { mountBuilder } from '../builder/builder.js';
import '../builder/builder.css';
import packageJson from '../package.json';

/**
 * The embed builder for CMS editors: pick a widget, set it up, see it live and copy a complete snippet (script tag
 * pinned to this version, the element, and fallback content). The same page ships in the package as
 * `dist/builder/index.html`.
 */
const meta: Meta = {
  title: 'Tools/Embed builder',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: () => {
    const page = document.createElement('main');
    page.style.padding = '1rem';
    mountBuilder(page, { version: packageJson.version });
    return page;
  },
};
export default meta;

export const EmbedBuilder: StoryObj = {};
