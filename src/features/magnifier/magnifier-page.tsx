import { PageHeading } from '../../shared/page-heading';
import { Magnifier } from './magnifier';
import { SCENE_STORAGE_PREFIX } from './magnifier-settings';

/** Free practice with the magnifier: route /tools/magnifier. */
export default function MagnifierPage() {
  return (
    <>
      <PageHeading>Magnifier</PageHeading>
      <p className="lead">
        Try the three ways Windows Magnifier enlarges a screen, on a real school timetable,
        worksheet, form or reading passage. Then try the find tasks and notice how much harder it is
        to keep your place at high zoom.
      </p>
      <Magnifier sceneStorageKey={SCENE_STORAGE_PREFIX} />
    </>
  );
}
