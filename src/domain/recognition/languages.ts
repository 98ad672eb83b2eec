/**
 * Recognition languages: English first, then Welsh, then the home languages
 * most common among pupils learning English in England's schools (the
 * Department for Education's school census, "first language" data).
 * Commands work in English only; every language can dictate plain text.
 */
export interface RecognitionLanguage {
  code: string;
  /** How the option reads, in English first so every member of staff can find it. */
  label: string;
  /** The language's name for itself, marked up with its own lang. */
  native?: string;
}

export const DEFAULT_LANGUAGE = 'en-GB';

export const LANGUAGES: readonly RecognitionLanguage[] = [
  { code: 'en-GB', label: 'English (United Kingdom)' },
  { code: 'en-US', label: 'English (United States)' },
  { code: 'cy-GB', label: 'Welsh', native: 'Cymraeg' },
  { code: 'pl-PL', label: 'Polish', native: 'Polski' },
  { code: 'ro-RO', label: 'Romanian', native: 'Română' },
  { code: 'ur-PK', label: 'Urdu', native: 'اردو' },
  { code: 'pa-IN', label: 'Punjabi', native: 'ਪੰਜਾਬੀ' },
  { code: 'bn-BD', label: 'Bengali', native: 'বাংলা' },
  { code: 'ar-SA', label: 'Arabic', native: 'العربية' },
  { code: 'pt-PT', label: 'Portuguese', native: 'Português' },
  { code: 'so-SO', label: 'Somali', native: 'Soomaali' },
  { code: 'es-ES', label: 'Spanish', native: 'Español' },
  { code: 'gu-IN', label: 'Gujarati', native: 'ગુજરાતી' },
  { code: 'ta-IN', label: 'Tamil', native: 'தமிழ்' },
  { code: 'tr-TR', label: 'Turkish', native: 'Türkçe' },
  { code: 'lt-LT', label: 'Lithuanian', native: 'Lietuvių' },
];

export function languageLabel(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.label ?? code;
}

export function isKnownLanguage(code: string): boolean {
  return LANGUAGES.some((language) => language.code === code);
}
