import { type ComponentType, lazy } from 'react';

/**
 * A component loaded from its own chunk the first time it renders (React.lazy for a named
 * export): the login page and a start page do not download the screens they do not show.
 * The panel's layout renders a loading indicator (react-admin's Suspense) meanwhile.
 */
export function lazyNamed<Name extends string, Props extends object = object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
