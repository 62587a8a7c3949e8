// Only one video plays at a time, across every talk list on the page: the list that starts one
// stops the list that was playing. A module-level registry (one per copy of Apiary) is enough;
// a list leaves it when it stops or disconnects, so nothing outlives the elements.

export interface Player {
  /** Goes back to the facade (removing the iframe stops the video). */
  stop(): void;
}

let current: Player | undefined;

/** `player` starts playing: whichever other one was playing stops. */
export function claim(player: Player): void {
  if (current && current !== player) current.stop();
  current = player;
}

/** `player` stopped or went away. */
export function release(player: Player): void {
  if (current === player) current = undefined;
}

/** For tests: the player that is playing now. */
export const playing = (): Player | undefined => current;
