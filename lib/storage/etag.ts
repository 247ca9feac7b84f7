// Conditional requests for stored files: does the browser's If-None-Match name this ETag?
// RFC 9110 §13.1.2: a list of tags or "*", compared weakly (a W/ prefix does not matter).

export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
