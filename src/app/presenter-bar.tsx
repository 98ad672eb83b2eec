import { useLocation } from 'wouter';
import { useAnnounce } from '../shared/announcer';
import { useCaption, useSetCaption } from '../shared/captions';
import { ConfirmAction } from '../shared/confirm-action';
import { useAppStore } from '../store/store-context';

/** The trainer's strip in presenter mode: reset the machine for the next person, or leave. */
export function PresenterBar() {
  const presenter = useAppStore((state) => state.presenter);
  const setPresenter = useAppStore((state) => state.setPresenter);
  const resetForNextPerson = useAppStore((state) => state.resetForNextPerson);
  const setCaption = useSetCaption();
  const [, navigate] = useLocation();
  const announce = useAnnounce();
  if (!presenter) return null;

  const reset = async () => {
    await resetForNextPerson();
    setCaption('');
    navigate('/');
    announce('Ready for the next person: text, images and progress from this session are deleted.');
  };

  return (
    <section className="presenter-bar" aria-label="Presenter mode">
      <div className="presenter-bar__inner">
        <p>Presenter mode</p>
        <ConfirmAction
          label="Reset for the next person"
          question="Delete this session’s text, images and progress?"
          confirmLabel="Yes, reset"
          onConfirm={reset}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPresenter(false)}
        >
          Leave presenter mode
        </button>
      </div>
    </section>
  );
}

/** Big captions of what was just dictated or read, in presenter mode only. */
export function CaptionStrip() {
  const presenter = useAppStore((state) => state.presenter);
  const caption = useCaption();
  if (!presenter || !caption) return null;
  // Hidden from screen readers: the same words are in the tool's own text, announced there.
  return (
    <div className="captions" aria-hidden="true" data-testid="captions">
      <p>{caption}</p>
    </div>
  );
}
