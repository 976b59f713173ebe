// Shared execution-test program: a user's favorites profile, created or overwritten in one call.
// Exercises: initIfNeeded, Str<N> and Vec<T, N> args and fields (borsh String/Vec, InitSpace 4 + N…).
import { Account, Pubkey, Result, Signer, Str, Vec, u64 } from "@solanaturbine/poseidon";

export default class FavoritesProgram {
  static PROGRAM_ID = new Pubkey("6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3");

  setFavorites(owner: Signer, number: u64, color: Str<50>, hobbies: Vec<Str<50>, 5>, favorites: Favorites): Result {
    favorites.derive(["favorites", owner.key]).initIfNeeded(owner);
    favorites.owner = owner.key;
    favorites.number = number;
    favorites.color = color;
    favorites.hobbies = hobbies;
  }

  setColor(owner: Signer, favorites: Favorites, color: Str<50>): Result {
    favorites.derive(["favorites", owner.key]).has([owner]);
    favorites.color = color;
  }
}

export interface Favorites extends Account {
  owner: Pubkey;
  number: u64;
  color: Str<50>;
  hobbies: Vec<Str<50>, 5>;
}
