import type { LocalizedText } from '@gridcase/forms';
import { useEffect, useId, useState } from 'react';

/** `value | 中文 | English` per line, to and from enum values plus their labels. */
export function optionsToText(
  values: unknown[],
  labels: Record<string, LocalizedText> | undefined,
) {
  return values
    .map((v) => {
      const l = labels?.[String(v)];
      return l ? `${String(v)} | ${l['zh-CN']} | ${l.en}` : String(v);
    })
    .join('\n');
}

export function textToOptions(text: string): {
  values: string[];
  labels: Record<string, LocalizedText>;
} {
  const values: string[] = [];
  const labels: Record<string, LocalizedText> = {};
  for (const line of text.split('\n')) {
    const [value, zh, en] = line.split('|').map((s) => s.trim());
    if (!value || values.includes(value)) continue;
    values.push(value);
    labels[value] = { 'zh-CN': zh || value, en: en || zh || value };
  }
  return { values, labels };
}

/** The choices of a select or radio field, edited as lines of text; commits on blur. */
export function OptionsEditor(props: {
  label: string;
  values: unknown[];
  labels: Record<string, LocalizedText> | undefined;
  onCommit: (values: string[], labels: Record<string, LocalizedText>) => void;
}) {
  const id = useId();
  const stored = optionsToText(props.values, props.labels);
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return (
    <div className="gc-labelled">
      <label htmlFor={id} className="gc-labelled__text">
        {props.label}
      </label>
      <textarea
        id={id}
        className="gc-control"
        rows={Math.max(3, props.values.length + 1)}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft === stored) return;
          const { values, labels } = textToOptions(draft);
          if (values.length) props.onCommit(values, labels);
          else setDraft(stored);
        }}
      />
    </div>
  );
}
