/** The names in `storage` that start with `prefix` (journals, kept-aside copies). */
export const keysStartingWith = (storage: Storage, prefix: string): string[] => {
  const names: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const name = storage.key(index);
    if (name?.startsWith(prefix)) names.push(name);
  }
  return names;
};
