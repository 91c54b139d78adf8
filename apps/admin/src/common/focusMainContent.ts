/**
 * Moves focus to the page's content (react-admin's #main-content) when the control that had
 * it is gone: a dialog's button that disappears once its work is done (discharged, no more
 * "Skriv ut") would otherwise leave a keyboard user at the top of the document (WCAG 2.4.3).
 */
export function focusMainContent(): void {
  requestAnimationFrame(() => {
    const main = document.getElementById('main-content');
    if (!main) return;
    main.tabIndex = -1;
    main.focus();
  });
}
