/**
 * The card as the quote-card feature holds it from the start: the view (card-view.ts) is
 * loaded the first time a card is about to open — when the pointer first rests on a finding,
 * so the dwell covers the load, or at once on a click, focus or key — and a card asked for
 * meanwhile opens as soon as it is there, unless it was closed before.
 */
import { sendToBackground } from '../../platform/messages';
import type { CardActions, ShowOptions } from './card-controller';
import { cardViewFactory, type CardView } from './card-view';
import type { PageCardModel } from '../../ui/card/card-model';

/** The view, injecting the card script into this frame first if it has not run here. */
async function loadCardView(): Promise<NonNullable<ReturnType<typeof cardViewFactory>>> {
  // The background answers once the script has run in this document.
  const factory = cardViewFactory() ?? ((await sendToBackground('card-script', {})) ? cardViewFactory() : null);
  if (!factory) throw new Error('the card script did not run in this frame');
  return factory;
}

type Shown = Parameters<CardView['show']>[0];

export class LazyCard implements CardView {
  readonly #actions: CardActions;
  #view: CardView | null = null;
  #loading: Promise<CardView | null> | null = null;
  /** The card asked for while the view loads (null once hidden). */
  #wanted: { mention: Shown; model: PageCardModel; options: ShowOptions } | null = null;
  #disposed = false;

  constructor(actions: CardActions) {
    this.#actions = actions;
  }

  /** Starts loading the view, if it is not loaded or loading. */
  preload(): void {
    void this.#load();
  }

  #load(): Promise<CardView | null> {
    this.#loading ??= loadCardView().then(
      (factory) => {
        if (this.#disposed) return null;
        const view = (this.#view = factory(this.#actions));
        const wanted = this.#wanted;
        this.#wanted = null;
        if (wanted) view.show(wanted.mention, wanted.model, wanted.options);
        return view;
      },
      (error: unknown) => {
        // The next card asked for tries again (the frame may have been busy navigating).
        console.debug('[claimlens] could not load the card', error);
        this.#loading = null;
        this.#wanted = null;
        return null;
      },
    );
    return this.#loading;
  }

  get restoringFocus(): boolean {
    return this.#view?.restoringFocus ?? false;
  }

  get hostRemoved(): boolean {
    return this.#view?.hostRemoved ?? false;
  }

  get hasFocus(): boolean {
    return this.#view?.hasFocus ?? false;
  }

  contains(target: EventTarget | null): boolean {
    return this.#view?.contains(target) ?? false;
  }

  show(mention: Shown, model: PageCardModel, options: ShowOptions): void {
    if (this.#view) return this.#view.show(mention, model, options);
    if (this.#disposed) return;
    this.#wanted = { mention, model, options };
    void this.#load();
  }

  hide(): void {
    this.#wanted = null;
    this.#view?.hide();
  }

  dispose(): void {
    this.#disposed = true;
    this.#wanted = null;
    this.#view?.dispose();
  }
}
