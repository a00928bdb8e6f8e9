/** Small builders that keep the hand-written demo records short and free of typos. */
import type { ConversationLevel, Day, Environment, GroupSize, Slot } from '../../src/domain/types';
import { station, type StationName } from './stations';
import type { Area, DemoLocation } from './types';

/** Near a station, nudged by a few hundred metres so openings do not all sit on one point. */
export function near(name: StationName, dLat = 0, dLng = 0): DemoLocation {
  const s = station(name);
  return { area: s.area, station: s.name, lat: round4(s.lat + dLat), lng: round4(s.lng + dLng), online: false };
}

export function onlineOnly(area: Area): DemoLocation {
  return { area, station: null, lat: null, lng: null, online: true };
}

/** The same hours on each of the given days. */
export function weekly(days: Day[], start: string, end: string): Slot[] {
  return days.map((day) => ({ day, start, end }));
}

export function env(
  groupSize: GroupSize,
  conversation: ConversationLevel,
  options: { customerFacing?: boolean; phone?: boolean } = {},
): Environment {
  return { groupSize, conversation, customerFacing: options.customerFacing ?? false, phone: options.phone ?? false };
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
