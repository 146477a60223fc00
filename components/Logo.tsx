/** A small lens mark (decorative). */
export function Logo() {
  return (
    <svg class="lens-logo" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M10 10l4 4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </svg>
  );
}
