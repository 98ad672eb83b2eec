import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { type CatalogueFilter, filterCatalogue } from '../../domain/exercises/catalogue-filter';
import {
  AREA_LABELS,
  AUDIENCE_LABELS,
  PHASE_LABELS,
  TOOL_LABELS,
} from '../../domain/exercises/labels';
import { stepsDone } from '../../domain/exercises/runner';
import { AREAS_OF_NEED, AUDIENCES, PHASES, TOOLS } from '../../domain/exercises/vocabulary';
import { PageHeading } from '../../shared/page-heading';
import { useAppStore } from '../../store/store-context';
import { useModeCatalogue } from './use-mode-catalogue';

const LENGTHS = [5, 10, 15] as const;

function FilterSelect<T extends string>(props: {
  label: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  allLabel: string;
  onChange(value: T | undefined): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange((event.target.value || undefined) as T | undefined)}
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function CataloguePage() {
  const catalogue = useModeCatalogue();
  const presenter = useAppStore((state) => state.presenter);
  const runs = useAppStore((state) => state.runs);
  const [filter, setFilter] = useState<CatalogueFilter>({});
  const shown = useMemo(() => filterCatalogue(catalogue, filter), [catalogue, filter]);
  const toolsInUse = TOOLS.filter((tool) => catalogue.some((exercise) => exercise.tool === tool));
  const update = (change: Partial<CatalogueFilter>) => setFilter((f) => ({ ...f, ...change }));

  return (
    <>
      <PageHeading>Exercises</PageHeading>
      <p className="lead">
        Short, hands-on exercises. Each one takes 5 to 15 minutes and notices when you have done
        each step.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: the search element is not yet known to every browser schools use; role="search" is. */}
      <form
        role="search"
        className="filters"
        aria-label="Filter exercises"
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label="Tool"
          value={filter.tool ?? ''}
          allLabel="All tools"
          options={toolsInUse.map((tool) => ({ value: tool, label: TOOL_LABELS[tool] }))}
          onChange={(tool) => update({ tool })}
        />
        <FilterSelect
          label="Who it is for"
          value={filter.audience ?? ''}
          allLabel="Everyone"
          options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
          onChange={(audience) => update({ audience })}
        />
        <FilterSelect
          label="Phase"
          value={filter.phase ?? ''}
          allLabel="All phases"
          options={PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
          onChange={(phase) => update({ phase })}
        />
        <FilterSelect
          label="Area of need"
          value={filter.area ?? ''}
          allLabel="All areas"
          options={AREAS_OF_NEED.map((a) => ({ value: a, label: AREA_LABELS[a] }))}
          onChange={(area) => update({ area })}
        />
        <FilterSelect
          label="Length"
          value={filter.maxMinutes ? String(filter.maxMinutes) : ''}
          allLabel="Any length"
          options={LENGTHS.map((m) => ({ value: String(m), label: `Up to ${m} minutes` }))}
          onChange={(value) => update({ maxMinutes: value ? Number(value) : undefined })}
        />
      </form>
      <p role="status" className="result-count">
        {shown.length === 1 ? '1 exercise' : `${shown.length} exercises`}
        {shown.length < catalogue.length ? ` of ${catalogue.length}` : ''}
      </p>
      {shown.length === 0 ? (
        <p>
          No exercise matches all of these choices. Try &ldquo;Any length&rdquo; or
          &ldquo;Everyone&rdquo;.
        </p>
      ) : (
        <ul className="card-list">
          {shown.map((exercise) => {
            const run = runs[exercise.id];
            const done = stepsDone(run, exercise);
            return (
              <li key={exercise.id} className="card">
                <h2 className="card__title">
                  <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
                </h2>
                <p className="card__meta">
                  {TOOL_LABELS[exercise.tool]} · {exercise.minutes} minutes · for{' '}
                  {exercise.audience.map((a) => AUDIENCE_LABELS[a].toLowerCase()).join(', ')} ·{' '}
                  {exercise.phase.map((p) => PHASE_LABELS[p]).join(', ')}
                </p>
                <p>{exercise.objectives[0]}</p>
                {run && !presenter && (
                  <p className="card__status">
                    {run.completedAt !== undefined
                      ? 'Completed'
                      : `${done} of ${exercise.steps.length} steps done`}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
