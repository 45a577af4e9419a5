import { downloadText } from '@/lib/download';

const looksLikeJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Downloads saved data that the app kept aside because it could not read it all. When it is
 * JSON it is saved as a .json file, which Settings' restore accepts (it brings back every
 * record it can read); otherwise as plain text, to keep or to get help with.
 */
export const downloadKeptCopy = (text: string, keptAt: string) => {
  const json = looksLikeJson(text);
  downloadText(
    `debugging-leadership-saved-data-${keptAt.slice(0, 10)}.${json ? 'json' : 'txt'}`,
    text,
    json ? 'application/json' : 'text/plain',
  );
};
