import { createCheckRegistry } from '../exercises/check-registry';
import { captionsChecks } from './captions-checks';
import { dictationChecks } from './dictation-checks';
import { generalChecks } from './general-checks';
import { magnifierChecks } from './magnifier-checks';
import { ocrChecks } from './ocr-checks';
import { readAloudChecks } from './read-aloud-checks';
import { symbolsChecks } from './symbols-checks';
import { visionChecks } from './vision-checks';

/** Every check an exercise file may name. Each tool adds its list here. */
export const allChecks = createCheckRegistry([
  ...generalChecks,
  ...dictationChecks,
  ...readAloudChecks,
  ...ocrChecks,
  ...magnifierChecks,
  ...visionChecks,
  ...captionsChecks,
  ...symbolsChecks,
]);
