// The simulator's photo of handled work: a tiny PNG placeholder, stored under a fixed ref so that a
// seeded simulation gives the same log in every run.
export const SIM_PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const SIM_PHOTO_REF = '5100000000000000000000000000000a.png';
