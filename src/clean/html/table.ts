import type { HtmlElement, HtmlNode } from "./dom.js";

/**
 * The elements of a page in document order, with parent links by index, so
 * per-element figures can live in flat typed arrays.
 */
export interface ElementTable {
  elements: HtmlElement[];
  /** Index of each element's parent (-1 for the root). */
  parent: Int32Array;
  /** Depth below the root. */
  depth: Int32Array;
  /** Index one past the last descendant of each element (descendants are contiguous in document order). */
  subtreeEnd: Int32Array;
  indexOf: Map<HtmlElement, number>;
}

/** Build the {@link ElementTable} of a tree (the root is element 0). */
export function tabulate(root: HtmlElement): ElementTable {
  const elements: HtmlElement[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const ends: number[] = [];
  const indexOf = new Map<HtmlElement, number>();
  // Iterative, so adversarially deep nesting cannot exhaust the call stack.
  visitIterative(root, elements, parents, depths, ends, indexOf);
  return {
    elements,
    parent: Int32Array.from(parents),
    depth: Int32Array.from(depths),
    subtreeEnd: Int32Array.from(ends),
    indexOf,
  };
}

function visitIterative(
  root: HtmlElement,
  elements: HtmlElement[],
  parents: number[],
  depths: number[],
  ends: number[],
  indexOf: Map<HtmlElement, number>,
): void {
  type Frame = { el: HtmlElement; parent: number; depth: number; index: number; child: number };
  const stack: Frame[] = [{ el: root, parent: -1, depth: 0, index: -1, child: 0 }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    if (f.index < 0) {
      f.index = elements.length;
      elements.push(f.el);
      parents.push(f.parent);
      depths.push(f.depth);
      ends.push(0);
      indexOf.set(f.el, f.index);
    }
    let pushed = false;
    while (f.child < f.el.children.length) {
      const c = f.el.children[f.child++] as HtmlNode;
      if (c.kind === "element") {
        stack.push({ el: c, parent: f.index, depth: f.depth + 1, index: -1, child: 0 });
        pushed = true;
        break;
      }
    }
    if (!pushed) {
      ends[f.index] = elements.length;
      stack.pop();
    }
  }
}
