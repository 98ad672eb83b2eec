/** The address of one exercise on this deployment: the page's own address with a hash route. */
export function exerciseLink(pageUrl: string, exerciseId: string): string {
  const url = new URL(pageUrl);
  url.hash = `/exercises/${exerciseId}`;
  url.search = '';
  return url.href;
}

/** The link as people type it from a handout: no scheme, no trailing clutter. */
export function shortLink(link: string): string {
  return link.replace(/^https?:\/\//, '').replace(/\/#\//, '/#/');
}
