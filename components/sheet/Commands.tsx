import { useState } from 'preact/hooks';
import type { Facts } from '../../lib/facts/schema';
import {
  axolotlConfig,
  gatedLoginNote,
  servingSnippets,
  trainCommand,
  type Snippet,
} from '../../lib/snippets/commands';
import { vllmCommand } from '../../lib/present/memory-labels';
import { useI18n } from '../i18n';

/** Ready-to-copy commands: the Axolotl config and a command per engine that runs the model. */
export function Commands({ facts }: { facts: Facts }) {
  const { t, say } = useI18n();
  const config = axolotlConfig(facts);
  const login = gatedLoginNote(facts);
  const snippets = servingSnippets(facts);
  if (!config && snippets.length === 0) return null;
  return (
    <section>
      <h3>{t('sheet_commands')}</h3>
      {login && (
        <p class="note" data-gated-login>
          {say(login)}
        </p>
      )}
      {config && <SnippetBlock title={`Axolotl · ${config.fileName}`} snippet={config} extra={`$ ${trainCommand()}`} />}
      {snippets.map((snippet) => (
        <SnippetBlock
          key={snippet.tool}
          title={`${snippet.title ?? snippet.tool}${snippet.route ? ` · ${t(`route_${snippet.route}`)}` : ''}`}
          snippet={snippet.tool === 'vllm' ? { ...snippet, text: vllmCommand(snippet.text, facts.memory) } : snippet}
        />
      ))}
    </section>
  );
}

export function SnippetBlock({ title, snippet, extra }: { title: string; snippet: Snippet; extra?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet.text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 1500);
  };
  return (
    <div class="snippet" data-snippet={snippet.tool}>
      <div class="head">
        <span>{title}</span>
        <button type="button" class="copy" onClick={copy} aria-label={t('copy_label', [title])}>
          {copied === 'done' ? t('copy_done') : copied === 'failed' ? t('copy_failed') : t('copy')}
        </button>
      </div>
      <pre tabIndex={0} role="group" aria-label={title}>
        {snippet.text}
        {extra ? `\n${extra}` : ''}
      </pre>
    </div>
  );
}
