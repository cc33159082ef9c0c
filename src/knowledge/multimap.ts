// Lists kept by key: the loader's indexes (built once per release, so a figure finds its counterparts by
// key instead of by a scan) are all of this shape.

/** Appends `value` to the list of `key`, starting it when there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
