export interface SearchableSymbol {
  hex: string;
  name: string;
  tags: string;
}

/**
 * Finds symbols by name and tag: a whole-word name match first, then a name
 * that contains the query, then a tag. Plain words only; no fuzzy matching,
 * so a teacher sees why a symbol came up.
 */
export function searchSymbols(
  symbols: readonly SearchableSymbol[],
  query: string,
  limit = 24,
): SearchableSymbol[] {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const scored: { symbol: SearchableSymbol; score: number }[] = [];
  for (const symbol of symbols) {
    const name = symbol.name.toLowerCase();
    const tags = symbol.tags.toLowerCase().split(/,\s*/);
    let score = 0;
    if (name === q) score = 4;
    else if (name.split(/[\s:-]+/).includes(q)) score = 3;
    else if (name.includes(q)) score = 2;
    else if (tags.some((tag) => tag === q || tag.startsWith(q))) score = 1;
    if (score) scored.push({ symbol, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.symbol.name.length - b.symbol.name.length)
    .slice(0, limit)
    .map(({ symbol }) => symbol);
}

export async function loadSymbolIndex(): Promise<readonly SearchableSymbol[]> {
  return (await import('virtual:symbol-search')).default;
}
