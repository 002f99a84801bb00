/** A value worked out from some inputs, worked out again only when one of them changes. */
export class Remembered<T> {
  #inputs?: readonly unknown[];
  #value?: T;

  /** The value `compute` gave for these inputs; computed again only when an input differs (`!==`) from the last call's. */
  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.#inputs;
    if (last?.length !== inputs.length || inputs.some((input, i) => input !== last[i])) {
      this.#value = compute();
      this.#inputs = inputs;
    }
    return this.#value as T;
  }
}
