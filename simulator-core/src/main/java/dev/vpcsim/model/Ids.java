package dev.vpcsim.model;

import java.util.Optional;
import java.util.function.Function;

/** Lookup of an enum constant by its scenario-format spelling ({@code cloud-run-service}, {@code e2-micro}, ...). */
final class Ids {
    private Ids() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> id, String text) {
        for (E e : values) {
            if (id.apply(e).equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
