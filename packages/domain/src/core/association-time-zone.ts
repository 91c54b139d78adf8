/**
 * The time zone of every samordningsförbund: they are all Swedish. "Today" for a deadline,
 * a withdrawal or an audit search by day is the calendar date in Stockholm; the UTC date
 * is still yesterday between 00:00 and 01:00 (winter) or 02:00 (summer). The one home of
 * the zone's name, for the gateway's clock and for SQL that turns days into instants.
 */
export const ASSOCIATION_TIME_ZONE = 'Europe/Stockholm';
