package org.matterstandards.core.finding;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds named message arguments in a stable order (消息参数). */
public final class Args {

    private Args() {
    }

    /**
     * Named arguments from alternating names and values: {@code Args.of("promiseDay", 30, "anticipateDay", 20)}.
     *
     * @param namesAndValues name, value, name, value …; names must be strings
     * @return an ordered, modifiable map
     * @throws IllegalArgumentException when the count is odd or a name is not a string
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        check(namesAndValues);
        // Sized for its pairs: every reported finding makes one, most with two to four arguments.
        Map<String, Object> arguments = new LinkedHashMap<>((int) (namesAndValues.length / 2 / 0.75f) + 1);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    /**
     * Named arguments as {@link #of(Object...)} makes them, unmodifiable: for arguments reported at once. A
     * {@link Finding} keeps such a map as it is, where it copies any other (the copy was a tenth of what the rule
     * stage allocated).
     *
     * @param namesAndValues name, value, name, value …; names must be strings
     * @return an ordered, unmodifiable map
     * @throws IllegalArgumentException when the count is odd or a name is not a string
     */
    public static Map<String, Object> frozen(Object... namesAndValues) {
        check(namesAndValues);
        // A copy of the array, no map: a caller may hand over an array of its own and change it later.
        return FrozenArguments.owning(namesAndValues.clone());
    }

    private static void check(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("argument name at " + i + " is not a string");
            }
        }
    }
}
