/** Builds exercise files for tests: a valid one by default, with any front-matter lines replaced. */
export const VALID_FRONT_MATTER: Record<string, string> = {
  id: 'id: sample-exercise',
  title: 'title: A sample exercise',
  tool: 'tool: general',
  audience: 'audience: [staff]',
  phase: 'phase: [primary]',
  minutes: 'minutes: 5',
  areas: 'areas: [cognition-and-learning]',
  objectives: 'objectives: [Change a setting, Save a reflection]',
  scenario: 'scenario: A Year 5 teacher tries the app before a lesson.',
  steps: `steps:
  - id: theme
    text: Change the theme.
    check: setting-changed
    params: { setting: theme }
  - text: Write a reflection.
    check: reflection-written`,
  withPupils: 'withPupils: Let the pupil choose, then ask how it feels.',
  limits: 'limits: Settings change this app only.',
  parents: 'parents: We set the app up so your child can read it easily.',
  reflection: 'reflection: [What would your pupils need?]',
};

export function exerciseSource(
  replace: Record<string, string | null> = {},
  body = '## Notes\n\nSome **body** text.\n',
): string {
  const lines = Object.entries({ ...VALID_FRONT_MATTER, ...replace })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([, line]) => line);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}
