/** What the keyboard layer can ask of whichever list is showing (a view or search results). */
export interface ListControls {
  move(delta: number): void;
  openSelected(): void;
}
