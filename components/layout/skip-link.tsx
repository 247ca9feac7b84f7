/** The first thing a keyboard reaches on every page: straight past the bar to the page itself. */
export function SkipLink() {
  return (
    <a
      href="#main"
      data-testid="skip-link"
      className="fixed top-2 left-2 z-50 -translate-y-16 rounded bg-accent px-3 py-2 text-sm font-medium text-accent-fg shadow-lg transition-transform focus:translate-y-0"
    >
      Skip to content
    </a>
  );
}
