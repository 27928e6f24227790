package org.matterstandards.schemas;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * One value per schema, made when the schema is first asked for (按模式延迟构建): once, under a lock, and read without
 * one afterwards. A value that could not be made is not kept, so every later request fails the same way.
 *
 * @param <T> the value, immutable or safe to share between threads once made
 */
final class PerSchema<T> {

    private final Set<MatterSchema> known;
    private final Function<MatterSchema, T> maker;
    /** By {@link MatterSchema#ordinal()}: set once and never changed. */
    private final AtomicReferenceArray<T> made = new AtomicReferenceArray<>(MatterSchema.values().length);

    /**
     * @param known the schemas a value can be made for
     * @param maker makes the value of one schema
     */
    PerSchema(Set<MatterSchema> known, Function<MatterSchema, T> maker) {
        this.known = known;
        this.maker = maker;
    }

    /**
     * The value of a schema, made now when it is asked for the first time.
     *
     * @param schema the schema
     * @return its value
     * @throws IllegalArgumentException when the schema is not among the known ones
     */
    T get(MatterSchema schema) {
        T value = made.get(schema.ordinal());
        return value != null ? value : make(schema);
    }

    private synchronized T make(MatterSchema schema) {
        T value = made.get(schema.ordinal());
        if (value != null) {
            return value;       // made by another thread meanwhile
        }
        if (!known.contains(schema)) {
            throw new IllegalArgumentException("this validator has no schema " + schema.schemaName());
        }
        value = maker.apply(schema);
        made.set(schema.ordinal(), value);
        return value;
    }
}
