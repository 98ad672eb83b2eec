declare module 'virtual:exercises' {
  const exercises: import('./domain/exercises/schema').Exercise[];
  export default exercises;
}

declare module 'virtual:exercise-content' {
  const content: Record<string, import('./domain/exercises/schema').ExerciseContent>;
  export default content;
}

declare module 'virtual:exercise-sources' {
  const sources: Record<string, { file: string; source: string }>;
  export default sources;
}
