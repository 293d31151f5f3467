/** How a case says what each emulator profile observes, when profiles agree or split by era. */
import type { ConformanceCase, Observation } from "./types";

type Expected = ConformanceCase["expected"];

/** The same observation on every profile. */
export const everywhere = (observation: Observation): Expected => ({
  desktop: observation,
  web: observation,
  "web-stress": observation,
});

/** One observation for today's Word (desktop and web), another for the 2017–2021 stress profile. */
export const todayAndStress = (today: Observation, stress: Observation): Expected => ({
  desktop: today,
  web: today,
  "web-stress": stress,
});
