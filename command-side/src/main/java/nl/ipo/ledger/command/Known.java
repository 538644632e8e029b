package nl.ipo.ledger.command;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Facts of other aggregates that a decision needs, read from their streams before it decides, so
 * that the decision itself is a pure function of its inputs (library's pattern: load, then decide).
 *
 * <p>Each key asked for when loading is either present or known to be absent. Asking a key that was
 * never loaded is a fault of the loader, and fails loudly: it must not make a recorded gremium look
 * unknown.
 */
public final class Known<K, V> {

  private final Map<K, Optional<V>> entries;

  private Known(Map<K, Optional<V>> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** Reads each key once (nulls are skipped: an optional reference that was not given). */
  public static <K, V> Known<K, V> load(
      Collection<? extends K> keys, Function<? super K, Optional<V>> reader) {
    Map<K, Optional<V>> entries = new HashMap<>();
    for (K key : keys) {
      if (key != null) {
        entries.computeIfAbsent(key, k -> Objects.requireNonNull(reader.apply(k)));
      }
    }
    return new Known<>(entries);
  }

  /** Facts given directly, every one present: for a decision tested without a store. */
  public static <K, V> Known<K, V> of(Map<K, V> present) {
    Map<K, Optional<V>> entries = new HashMap<>();
    present.forEach((k, v) -> entries.put(k, Optional.of(v)));
    return new Known<>(entries);
  }

  /** The fact for a key; none for a reference that was not given (null), as when loading. */
  public Optional<V> find(K key) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<V> value = entries.get(key);
    if (value == null) {
      throw new IllegalStateException("The decision asked for " + key + ", which was not loaded");
    }
    return value;
  }
}
