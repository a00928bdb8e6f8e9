import { describe, expect, it } from 'vitest';
import {
  checkAge,
  checkEnvironment,
  checkGender,
  checkNeeds,
  hasShortSlots,
  checkOpen,
  checkSchedule,
  checkSeats,
  checkStep,
  checkTravel,
} from '../../../src/domain/matching/constraints';
import type { Environment, Limits } from '../../../src/domain/types';

const limits: Limits = { maxGroupSize: 'small', maxConversation: 'little', avoidCustomerFacing: true, avoidPhone: true };
const quiet: Environment = { groupSize: 'small', conversation: 'little', customerFacing: false, phone: false };
const noBounds = { minAge: null, maxAge: null, genders: [] };

describe('matching: open and seats', () => {
  it('offers only openings that are open', () => {
    expect(checkOpen('open')).toBeNull();
    expect(checkOpen('paused')?.code).toBe('not_open');
    expect(checkOpen('closed')?.message).toBe('受け入れを終了しています');
  });

  it('leaves out an opening once every seat is held', () => {
    expect(checkSeats(3, 2)).toBeNull();
    expect(checkSeats(3, 3)?.code).toBe('full');
    expect(checkSeats(0, 0)?.code).toBe('full');
  });
});

describe('matching: schedule', () => {
  it('offers an opening that shares exactly one hour with the person', () => {
    expect(checkSchedule(60)).toBeNull();
  });

  it('leaves it out at 59 minutes, and says how much was shared', () => {
    const exclusion = checkSchedule(59);
    expect(exclusion?.code).toBe('schedule');
    expect(exclusion?.message).toBe('この時間帯は参加できる時間と1時間以上重なりません（重なるのは最長59分）');
  });
});

describe('matching: travel', () => {
  it('offers a trip up to the limit and not a minute past it', () => {
    expect(checkTravel({ kind: 'measured', minutes: 29.9, mode: 'walk', distanceKm: 2, estimated: false }, 30)).toBeNull();
    expect(checkTravel({ kind: 'measured', minutes: 30.1, mode: 'walk', distanceKm: 2, estimated: false }, 30)?.message).toBe(
      '移動に約31分かかり、無理なく通える30分を超えます',
    );
  });

  it('words the same trip against different limits differently', () => {
    const trip = { kind: 'measured', minutes: 44.5, mode: 'bus', distanceKm: 8, estimated: false } as const;
    expect(checkTravel(trip, 30)?.message).toBe('移動に約45分かかり、無理なく通える30分を超えます');
    expect(checkTravel(trip, 40)?.message).toBe('移動に約45分かかり、無理なく通える40分を超えます');
    expect(checkTravel(trip, 30)?.message).toBe('移動に約45分かかり、無理なく通える30分を超えます');
  });

  it('keeps the same area and leaves out another when coordinates are missing', () => {
    expect(checkTravel({ kind: 'same_area' }, 5)).toBeNull();
    expect(checkTravel({ kind: 'other_area' }, 120)?.code).toBe('travel');
  });

  it('never leaves out an online opening for travel', () => {
    expect(checkTravel({ kind: 'online' }, 0)).toBeNull();
  });
});

describe('matching: age', () => {
  const bounds = { minAge: 15, maxAge: 39, genders: [] };

  it('includes both ends of the age range', () => {
    expect(checkAge(15, bounds)).toBeNull();
    expect(checkAge(39, bounds)).toBeNull();
  });

  it('leaves out a person a year outside either end', () => {
    expect(checkAge(14, bounds)?.code).toBe('age');
    expect(checkAge(40, bounds)?.message).toBe('対象年齢（15〜39歳）から外れています');
  });

  it('applies a bound given alone', () => {
    expect(checkAge(17, { ...noBounds, minAge: 18 })?.message).toBe('対象年齢（18歳以上）から外れています');
    expect(checkAge(70, { ...noBounds, maxAge: 64 })?.message).toBe('対象年齢（64歳以下）から外れています');
  });

  it('does not leave out a person whose age is not recorded (matching warns instead)', () => {
    expect(checkAge(null, bounds)).toBeNull();
    expect(checkAge(undefined, bounds)).toBeNull();
  });
});

describe('matching: gender', () => {
  it('treats an empty list as open to anyone', () => {
    for (const gender of ['female', 'male', 'other', 'unspecified', null] as const) {
      expect(checkGender(gender, noBounds)).toBeNull();
    }
  });

  it('keeps a women-only space for women', () => {
    const womenOnly = { ...noBounds, genders: ['female' as const] };
    expect(checkGender('female', womenOnly)).toBeNull();
    expect(checkGender('male', womenOnly)?.message).toBe('女性のみを対象としています');
    expect(checkGender(null, womenOnly)?.message).toBe('女性のみを対象としています（性別が登録されていません）');
  });
});

describe('matching: needs', () => {
  it('offers an opening that provides every needed support, and more', () => {
    expect(checkNeeds(['quiet_space'], ['trial_visit', 'quiet_space'], false)).toBeNull();
    expect(checkNeeds([], [], false)).toBeNull();
  });

  it('names the needed support that is missing', () => {
    expect(checkNeeds(['job_coach', 'quiet_space'], ['job_coach'], false)?.message).toBe(
      '必要な支援（静かに休める場所）が用意されていません',
    );
  });

  it('never leaves an opening out for accompaniment: the supporter goes along', () => {
    expect(checkNeeds(['accompaniment'], [], false)).toBeNull();
  });

  it('meets a need for short hours with the support, or with slots of at most three hours', () => {
    expect(checkNeeds(['short_hours'], [], true)).toBeNull();
    expect(checkNeeds(['short_hours'], ['short_hours'], false)).toBeNull();
    expect(checkNeeds(['short_hours'], [], false)?.code).toBe('needs');
    expect(hasShortSlots([{ day: 'mon', start: '09:00', end: '12:00' }])).toBe(true);
    expect(
      hasShortSlots([
        { day: 'mon', start: '09:00', end: '12:01' },
        { day: 'tue', start: '09:00', end: '10:00' },
      ]),
    ).toBe(false);
  });
});

describe('matching: environment', () => {
  it('offers a quiet small-group task to someone whose limits it meets', () => {
    expect(checkEnvironment(limits, quiet)).toBeNull();
    expect(checkEnvironment(limits, { ...quiet, groupSize: 'solo', conversation: 'none' })).toBeNull();
  });

  it('leaves out a large group for someone who manages a small one at most', () => {
    expect(checkEnvironment(limits, { ...quiet, groupSize: 'large' })?.message).toBe('人数（大人数）が本人の目安（少人数まで）を超えます');
  });

  it('offers only solo work to someone who can only manage solo work', () => {
    const soloOnly = { ...limits, maxGroupSize: 'solo' as const };
    expect(checkEnvironment(soloOnly, { ...quiet, groupSize: 'solo' })).toBeNull();
    expect(checkEnvironment(soloOnly, quiet)?.code).toBe('environment');
  });

  it('leaves out much talking for someone who can manage a little', () => {
    expect(checkEnvironment(limits, { ...quiet, conversation: 'much' })?.code).toBe('environment');
    expect(checkEnvironment({ ...limits, maxConversation: 'none' }, quiet)?.code).toBe('environment');
  });

  it('never offers phone work to someone who avoids the phone', () => {
    expect(checkEnvironment(limits, { ...quiet, phone: true })?.message).toBe('電話対応があり、本人は電話を避けたいとしています');
    expect(checkEnvironment({ ...limits, avoidPhone: false }, { ...quiet, phone: true })).toBeNull();
  });

  it('never offers customer-facing work to someone who avoids it', () => {
    expect(checkEnvironment(limits, { ...quiet, customerFacing: true })?.code).toBe('environment');
    expect(checkEnvironment({ ...limits, avoidCustomerFacing: false }, { ...quiet, customerFacing: true })).toBeNull();
  });

  it('words each combination of limits on its own, however often it is asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(checkEnvironment(limits, { ...quiet, groupSize: 'large', phone: true })?.message).toBe(
        '人数（大人数）が本人の目安（少人数まで）を超えます。電話対応があり、本人は電話を避けたいとしています',
      );
      expect(checkEnvironment({ ...limits, maxGroupSize: 'solo' }, { ...quiet, phone: true })?.message).toBe(
        '人数（少人数）が本人の目安（一人まで）を超えます。電話対応があり、本人は電話を避けたいとしています',
      );
      expect(checkEnvironment(limits, { ...quiet, customerFacing: true })?.message).toBe('接客があり、本人は接客を避けたいとしています');
    }
  });

  it('names every limit crossed in one reason', () => {
    const all = { groupSize: 'large', conversation: 'much', customerFacing: true, phone: true } as const;
    expect(checkEnvironment(limits, all)?.message.split('。')).toHaveLength(4);
  });
});

describe('matching: step', () => {
  it('offers the same step and the next one up', () => {
    expect(checkStep(2, 2)).toBeNull();
    expect(checkStep(2, 3)).toBeNull();
    expect(checkStep(2, 1)).toBeNull();
  });

  it('leaves out a jump of two steps or more', () => {
    expect(checkStep(2, 4)?.code).toBe('step');
    expect(checkStep(1, 5)?.code).toBe('step');
  });
});
