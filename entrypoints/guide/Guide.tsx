import type { ComponentChild } from 'preact';
import { useI18n } from '../../components/i18n';
import { Legend } from '../../components/Legend';
import { Logo } from '../../components/Logo';
import { GUIDE_SECTIONS } from '../../lib/knowledge/guide/reference';
import type { GuideBlock, GuideText } from '../../lib/knowledge/guide/types';

/** The domain reference as a page: its sections with their anchors, tables as tables, diagrams as drawn. */
export function Guide() {
  const { t, lang } = useI18n();
  const say = (text: GuideText) => (lang === 'my' ? text.my : text.en);
  return (
    <main class="lens-page guide" data-guide-lang={lang}>
      <h1>
        <Logo /> {t('guide_title')}
      </h1>
      <p>{t('guide_intro')}</p>
      <nav aria-labelledby="guide-contents">
        <h2 id="guide-contents">{t('guide_contents')}</h2>
        <ol>
          {GUIDE_SECTIONS.filter((section) => section.level === 2).map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{inline(say(section.title))}</a>
            </li>
          ))}
          <li>
            <a href="#legend">{t('legend_title')}</a>
          </li>
        </ol>
      </nav>
      {GUIDE_SECTIONS.map((section) => {
        const Heading = `h${section.level}` as 'h2' | 'h3' | 'h4';
        return (
          <section key={section.id} id={section.id} data-guide-section={section.id}>
            <Heading>{inline(say(section.title))}</Heading>
            {section.blocks.map((block, index) => (
              <Block key={index} block={block} say={say} />
            ))}
          </section>
        );
      })}
      <section id="legend" data-guide-section="legend">
        <h2>{t('legend_title')}</h2>
        <Legend />
      </section>
    </main>
  );
}

function Block({ block, say }: { block: GuideBlock; say: (text: GuideText) => string }) {
  if (block.kind === 'text') return <p>{inline(say(block.text))}</p>;
  if (block.kind === 'diagram') return <pre class="diagram">{say(block.text)}</pre>;
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            {block.head.map((cell, index) => (
              <th key={index} scope="col">
                {inline(say(cell))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {inline(say(cell))}
                  </th>
                ) : (
                  <td key={column}>{inline(say(cell))}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The reference's inline marks: `code` and **bold** (text only; nothing is parsed as HTML). */
function inline(text: string): ComponentChild[] {
  return text
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part, index) => {
      if (part.startsWith('`')) return <code key={index}>{part.slice(1, -1)}</code>;
      if (part.startsWith('**')) return <strong key={index}>{part.slice(2, -2)}</strong>;
      return part;
    });
}
