// The accessibility scan every e2e screen goes through: axe-core, WCAG 2.0 A/AA and 2.1 AA.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fluent UI's focus manager (tabster) places invisible focus sentinels, <i data-tabster-dummy
 * aria-hidden="true" tabindex="0">, that only pass focus on; they are meant to be focusable
 * and hidden (microsoft/tabster#288). Microsoft's own scanners exclude exactly these nodes from
 * aria-hidden-focus; so do we, and nothing else.
 */
const isTabsterSentinel = (rule: string, html: string) => rule === 'aria-hidden-focus' && html.startsWith('<i ') && html.includes('data-tabster-dummy');

export async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join('\n  ')}`);
  expect(summary, summary.join('\n')).toEqual([]);
}
