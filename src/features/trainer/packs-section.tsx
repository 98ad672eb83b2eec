import { type ChangeEvent, useId, useState } from 'react';
import { allChecks } from '../../domain/checks/all-checks';
import { buildPack, PackError, parsePack } from '../../domain/exercises/packs';
import type { Exercise } from '../../domain/exercises/schema';
import { StorageWriteError } from '../../engines/storage/storage-engine';
import { useAnnounce } from '../../shared/announcer';
import { useEngines } from '../../shared/engines-context';
import { useAppStore } from '../../store/store-context';

export function PacksSection({ chosen }: { chosen: readonly Exercise[] }) {
  const id = useId();
  const { files, now } = useEngines();
  const announce = useAnnounce();
  const packs = useAppStore((state) => state.packs);
  const catalogue = useAppStore((state) => state.catalogue);
  const addPack = useAppStore((state) => state.addPack);
  const removePack = useAppStore((state) => state.removePack);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [packName, setPackName] = useState('My training session');

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError('');
    setStatus('');
    try {
      const text = await file.text();
      // Which earlier import this replaces is known only once the pack is parsed, by its own name.
      const reservedIds = (name: string) => {
        const replacing = packs.find((pack) => pack.name === name);
        return new Set(
          catalogue
            .filter((exercise) => !replacing?.exercises.some((e) => e.id === exercise.id))
            .map((exercise) => exercise.id),
        );
      };
      const pack = parsePack(text, { checks: allChecks, reservedIds, now: now() });
      await addPack(pack);
      const message = `Imported "${pack.name}": ${pack.exercises.length} ${pack.exercises.length === 1 ? 'exercise' : 'exercises'}, now in the catalogue.`;
      setStatus(message);
      announce(message);
    } catch (problem) {
      if (problem instanceof StorageWriteError) {
        // The app's storage alert says why and what to do; this says what it means here.
        setStatus('The pack was not imported, because it could not be saved on this device.');
        return;
      }
      setError(
        problem instanceof PackError
          ? `${problem.message} Nothing was changed.`
          : 'The pack could not be read: the file may be damaged or not an exercise pack. Nothing was changed.',
      );
    }
  };

  const exportPack = async () => {
    const builtIn = (await import('virtual:exercise-sources')).default;
    const entries = chosen.flatMap((exercise) => {
      const source =
        builtIn[exercise.id] ??
        packs.find((pack) => pack.sources[exercise.id])?.sources[exercise.id];
      return source ? [source] : [];
    });
    const slug =
      packName
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'pack';
    files.download(
      `${slug}.atpack.json`,
      'application/json',
      buildPack(packName.trim() || 'Exercise pack', entries),
    );
    announce(`Exported ${entries.length} exercises as a pack.`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="no-print">
      <h2 id={`${id}-heading`}>Exercise packs</h2>
      <p>
        A pack is one file of exercises. Import one from a colleague and its exercises join the
        catalogue on this device; export the exercises in your plan to share them. Packs are checked
        in full before anything changes.
      </p>
      <div className="field">
        <label htmlFor={`${id}-import`}>Import a pack</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          onChange={importFile}
        />
      </div>
      {error && (
        <p role="alert" className="notice notice--warning">
          {error}
        </p>
      )}
      {/* Announced once through the app's announcer; this is the visible copy. */}
      <p className="form-status">{status}</p>
      {packs.length > 0 && (
        <ul className="pack-list">
          {packs.map((pack) => (
            <li key={pack.name}>
              <strong>{pack.name}</strong>: {pack.exercises.map((e) => e.title).join(', ')}{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={async () => {
                  try {
                    await removePack(pack.name);
                    announce(`Removed the pack "${pack.name}".`);
                  } catch {
                    // Not removed: the app's storage alert says why, and the pack stays listed.
                  }
                }}
              >
                Remove {pack.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Pack name</label>
        <input
          id={`${id}-name`}
          type="text"
          value={packName}
          maxLength={80}
          onChange={(e) => setPackName(e.target.value)}
        />
      </div>
      <button type="button" className="button" disabled={chosen.length === 0} onClick={exportPack}>
        Export the plan&rsquo;s exercises as a pack
      </button>
      {chosen.length === 0 && <p className="hint">Choose exercises in the session plan first.</p>}
    </section>
  );
}
