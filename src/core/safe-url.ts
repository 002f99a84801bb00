const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns the URL if it is an absolute https:, http: or mailto: address, otherwise undefined.
 * Every link the widgets render passes through here, whatever the data says.
 */
export function safeUrl(candidate: unknown): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}
