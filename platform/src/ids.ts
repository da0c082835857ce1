const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients; anything that is not a UUID cannot name a row and must not reach SQL as one. */
export const isUuid = (id: string) => UUID.test(id);
