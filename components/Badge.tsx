import { useRef, useState } from 'preact/hooks';
import type { BadgeSpec } from '../lib/present/badges';
import { useI18n } from './i18n';
import { Legend } from './Legend';
import { evidenceText } from '../lib/present/evidence-text';

/** One fact as a chip (listing cards build theirs without Preact: entrypoints/content/dom/card-row.tsx): its schema value in data-fact / data-value, what it means and why in a tooltip. */
export function Badge({
  badge,
  onOpen,
  opensDialog = true,
}: {
  badge: BadgeSpec;
  onOpen?: (fact: string) => void;
  opensDialog?: boolean;
}) {
  const { t, say } = useI18n();
  const tipId = `lens-tip-${badge.fact}`; // one row per shadow root (or page): unique where it is looked up
  const factName = t(`fact_${badge.fact.startsWith('serving-') ? 'serving' : badge.fact}`);
  const label = say(badge.label);
  const data: Record<string, string> = { 'data-fact': badge.fact, 'data-value': badge.value };
  for (const [key, value] of Object.entries(badge.data ?? {})) data[`data-${key}`] = value;
  const className = `badge tone-${badge.tone}${badge.guess ? ' guess' : ''}`;
  const content = (
    <>
      {badge.tone === 'category' && <span class="dot" aria-hidden="true" />}
      <span class="sr">{factName}: </span>
      {label}
    </>
  );
  const tip = () => (
    <span class="tip" role="tooltip" id={tipId}>
      <TipContent badge={badge} />
    </span>
  );
  const wrap = useTip();
  return (
    <span class={wrap.className} {...wrap.handlers}>
      <button
        type="button"
        class={className}
        {...data}
        aria-describedby={tipId}
        aria-haspopup={opensDialog ? 'dialog' : undefined}
        onClick={() => onOpen?.(badge.fact)}
      >
        {content}
      </button>
      {tip()}
    </span>
  );
}

/** What a badge's tooltip says: what it means and why (listing cards render it alone, on first hover). */
export function TipContent({ badge }: { badge: BadgeSpec }) {
  const i18n = useI18n();
  const { t, say } = i18n;
  return (
    <>
      {say(badge.meaning)}
      {badge.guess && <span class="why">{t('tip_guess')}</span>}
      {badge.evidence.slice(0, 3).map((evidence) => (
        <span class="why" key={`${evidence.field}-${evidence.detail}`}>
          {evidenceText(i18n, evidence)}
        </span>
      ))}
      {(badge.fact === 'axolotl' || badge.fact.startsWith('serving-')) && <Legend compact />}
    </>
  );
}

interface TipWrap {
  className: string;
  handlers: {
    onMouseEnter: (event: MouseEvent) => void;
    onMouseLeave: () => void;
    onFocusIn: (event: FocusEvent) => void;
    onFocusOut: () => void;
    onKeyDown: (event: KeyboardEvent) => void;
  };
}

/** The tooltip's widest (lens.css .tip max-width 22rem): closer than this to the right edge, it opens leftwards. */
export const TIP_WIDTH_PX = 352;

/**
 * The badge's wrapper: where its tooltip opens, and Escape to hide it without moving the pointer or the focus (WCAG
 * 1.4.13; the next hover or focus shows it again). A hovered badge does not have the focus, so while the pointer is
 * over it Escape is heard on the window; the key event is left to the page as well.
 */
function useTip(): TipWrap {
  const [hidden, setHidden] = useState(false);
  const [start, setStart] = useState(false);
  const listening = useRef<((event: KeyboardEvent) => void) | null>(null);
  const stopListening = () => {
    if (listening.current) removeEventListener('keydown', listening.current);
    listening.current = null;
  };
  const onEscape = (event: KeyboardEvent) => void (event.key === 'Escape' && setHidden(true));
  // No unmount effect: a badge removed while hovered gets no mouseleave, so its window listener removes itself at the
  // next key.
  const onWindowKey = (wrapper: Element) => (event: KeyboardEvent) => {
    if (!wrapper.isConnected) return stopListening();
    onEscape(event);
  };
  // The pointer's position needs no layout (a hover while a listing scrolls must not force one); focus measures.
  const placeByPointer = (x: number) => setStart(x + TIP_WIDTH_PX > innerWidth);
  const place = (element: EventTarget | null) => {
    if (!(element instanceof Element)) return;
    setStart(element.getBoundingClientRect().left + TIP_WIDTH_PX > innerWidth);
  };
  return {
    className: `badge-wrap${hidden ? ' tip-hidden' : ''}${start ? ' tip-start' : ''}`,
    handlers: {
      onMouseEnter: (event) => {
        const wrapper = event.currentTarget;
        if (!(wrapper instanceof Element)) return;
        placeByPointer(event.clientX);
        stopListening();
        listening.current = onWindowKey(wrapper);
        addEventListener('keydown', listening.current);
      },
      onMouseLeave: () => {
        stopListening();
        setHidden(false);
      },
      onFocusIn: (event) => place(event.currentTarget),
      onFocusOut: () => setHidden(false),
      onKeyDown: onEscape,
    },
  };
}
