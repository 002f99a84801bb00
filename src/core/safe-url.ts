const allowedProtocols = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns the URL if it is an https:, http: or mailto: address, otherwise undefined. Every link the widgets render
 * passes through here, whatever the data says. Only links a host page gives in an attribute are resolved against
 * the page (`base`), so that "#examples" works; data links must be absolute.
 */
export function safeUrl(candidate: unknown, base?: string): string | undefined {
  if (typeof candidate !== 'string' || candidate.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(candidate.trim(), base);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}
