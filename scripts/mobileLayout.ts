/**
 * What a phone user would trip over in the page as laid out now: anything wider than the
 * viewport (horizontal scrolling) and touch targets smaller than 44 × 44 CSS px (WCAG 2.5.5).
 * For browser tests, which set the viewport first (360 px wide for the phones grid members and
 * citizens use).
 */

/** Controls a finger has to hit. */
const TARGETS =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

function describe(el: Element): string {
  const name =
    el.getAttribute('aria-label') ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.textContent ??
    '';
  return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${name.trim().slice(0, 40)}"`;
}

/**
 * Visible, and neither reduced to nor clipped inside a visually-hidden 1 px box (text for screen
 * readers only, a honeypot field).
 */
function shown(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return false;
  for (let box: Element | null = el; box; box = box.parentElement) {
    const rect = box.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return false;
  }
  return true;
}

/**
 * The problems found under `root`, one line each (empty when the layout fits a phone). A control
 * counts as big enough when it, or a label that activates it, is at least `min` px both ways.
 *
 * @example
 * ```ts
 * await page.viewport(360, 740);
 * expect(mobileLayoutProblems(document.body)).toEqual([]);
 * ```
 */
export function mobileLayoutProblems(root: Element, min = 44): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  }
  for (const el of root.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > width + 0.5 || rect.left < -0.5) {
      problems.push(`${describe(el)} reaches past the screen (${rect.left}..${rect.right})`);
    }
    const style = getComputedStyle(el);
    if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
  }
  for (const el of root.querySelectorAll(TARGETS)) {
    const labels = Array.from((el as HTMLInputElement).labels ?? []);
    const boxes = [el, ...labels].filter(shown).map((b) => b.getBoundingClientRect());
    // a control hidden behind its label (a styled radio) is hit through the label
    if (boxes.length === 0) continue;
    if (!boxes.some((b) => b.width >= min - 0.5 && b.height >= min - 0.5)) {
      const b = boxes[0] as DOMRect;
      problems.push(`${describe(el)} is ${Math.round(b.width)} × ${Math.round(b.height)} px`);
    }
  }
  return problems;
}
