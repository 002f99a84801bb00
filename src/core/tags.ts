/** Every cc4dr tag with its element class, read from HTMLElementTagNameMap: a new element is included by itself. */
export type Cc4drTags = {
  [K in keyof HTMLElementTagNameMap as K extends `cc4dr-${string}` ? K : never]: HTMLElementTagNameMap[K];
};
