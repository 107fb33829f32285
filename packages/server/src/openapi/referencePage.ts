import type { Locale } from '@gridcase/forms';
import { translatorFor } from '../i18n/translate';
import type { OpenApiDocument } from './buildOpenApi';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

function operationHtml(
  method: string,
  path: string,
  op: Operation,
  t: ReturnType<typeof translatorFor>,
): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})${p.description ? ` — ${escapeHtml(p.description)}` : ''}</li>`,
    )
    .join('');
  const body = op.requestBody?.content
    ? Object.entries(op.requestBody.content)
        .map(
          ([type, media]) =>
            `<p><code>${escapeHtml(type)}</code></p><pre>${escapeHtml(JSON.stringify(media.schema ?? {}, null, 2))}</pre>`,
        )
        .join('')
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? '')}</li>`,
    )
    .join('');
  return `<section id="${escapeHtml(`${method}-${path}`)}"><h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${params ? `<h4>${escapeHtml(t('reference.parameters'))}</h4><ul>${params}</ul>` : ''}
${body ? `<h4>${escapeHtml(t('reference.body'))}</h4>${body}` : ''}
<h4>${escapeHtml(t('reference.responses'))}</h4><ul>${responses}</ul></section>`;
}

/**
 * A self-contained HTML reference of the API (no script, no network): the fallback for machines
 * that cannot reach the CDN the interactive Scalar page loads from. It must be served with a CSP
 * that allows inline styles only.
 *
 * @example
 * ```ts
 * c.html(referencePage(buildOpenApi(routes, { version: '0.1.0' }), 'zh-CN'));
 * ```
 */
export function referencePage(
  doc: OpenApiDocument,
  locale: Locale,
  interactiveHref?: string,
): string {
  const t = translatorFor(locale);
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => operationHtml(method, path, op as Operation, t)),
    )
    .join('\n');
  const link = interactiveHref
    ? `<p><a href="${escapeHtml(interactiveHref)}">${escapeHtml(t('reference.interactive'))}</a></p>`
    : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(t('reference.title'))}</title>
<style>body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2328}
section{border-top:1px solid #d0d7de;padding:.5rem 0}pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px}
.m{display:inline-block;min-width:4.5em;font-weight:600}.get{color:#0969da}.post{color:#1a7f37}.put{color:#9a6700}.delete{color:#cf222e}</style></head>
<body><h1>${escapeHtml(t('reference.title'))}</h1><p>OpenAPI ${escapeHtml(String(doc.openapi))} · <a href="openapi.json">openapi.json</a></p>${link}
${sections}</body></html>`;
}
