import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run build`: the controls and docs tables come from the source.
import manifest from '../dist/custom-elements.json';
import '../src/define.ts';

setCustomElementsManifest(manifest);

/** @type {import('@storybook/web-components-vite').Preview} */
export default {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
