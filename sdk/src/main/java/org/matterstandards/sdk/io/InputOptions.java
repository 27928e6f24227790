package org.matterstandards.sdk.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.matterstandards.sdk.input.InputFormat;
import org.matterstandards.sdk.io.common.ElementNames;
import org.matterstandards.sdk.io.common.InputNotice;

/**
 * How to read an input file (读取选项): its format (detected when not given), the text encoding of a CSV file
 * (detected from a BOM, else UTF-8, else GB18030 when the start of the file is valid GB18030 and not UTF-8),
 * companion CSV files with child tables, the element names, and where notices go. Immutable and thread-safe.
 */
public final class InputOptions {

    private static final InputOptions DEFAULTS = builder().build();

    private final InputFormat format;
    private final Charset charset;
    private final List<Path> companions;
    private final ElementNames names;
    private final Consumer<InputNotice> notices;

    private InputOptions(Builder builder) {
        this.format = builder.format;
        this.charset = builder.charset;
        this.companions = List.copyOf(builder.companions);
        this.names = builder.names;
        this.notices = builder.notices;
    }

    /** @return detection of format and encoding, no companions, the element catalogue's names, notices dropped */
    public static InputOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the format, {@code null} to detect it */
    public InputFormat format() {
        return format;
    }

    /** @return the encoding of CSV files, {@code null} to detect it */
    public Charset charset() {
        return charset;
    }

    /** @return CSV files with child tables (申请材料, 收费项目 …) linked to the items by task code */
    public List<Path> companions() {
        return companions;
    }

    /** @return how headers and exchange keys are named */
    public ElementNames names() {
        return names;
    }

    /** @return where notices about the file as a whole go */
    public Consumer<InputNotice> notices() {
        return notices;
    }

    /**
     * These options with another format.
     *
     * @param newFormat the format, {@code null} to detect
     * @return a copy
     */
    public InputOptions withFormat(InputFormat newFormat) {
        return toBuilder().format(newFormat).build();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.format = format;
        builder.charset = charset;
        builder.companions.addAll(companions);
        builder.names = names;
        builder.notices = notices;
        return builder;
    }

    /** Builds {@link InputOptions}. Not thread-safe. */
    public static final class Builder {
        private InputFormat format;
        private Charset charset;
        private final List<Path> companions = new ArrayList<>();
        private ElementNames names = ElementNames.standard();
        private Consumer<InputNotice> notices = notice -> { };

        private Builder() {
        }

        /**
         * @param value the format, {@code null} to detect it from the file
         * @return this builder
         */
        public Builder format(InputFormat value) {
            this.format = value;
            return this;
        }

        /**
         * @param value the encoding of CSV input (UTF-8, GBK, GB18030 …), {@code null} to detect it
         * @return this builder
         */
        public Builder charset(Charset value) {
            this.charset = value;
            return this;
        }

        /**
         * Adds a companion CSV file with one child table; which table is told by its header.
         *
         * @param file the file
         * @return this builder
         */
        public Builder companion(Path file) {
            companions.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * @param value how headers and exchange keys are named (an element catalogue adds Chinese labels)
         * @return this builder
         */
        public Builder names(ElementNames value) {
            this.names = Objects.requireNonNull(value, "names");
            return this;
        }

        /**
         * @param value receives notices about the file as a whole (unknown columns, unlinked child rows …)
         * @return this builder
         */
        public Builder notices(Consumer<InputNotice> value) {
            this.notices = Objects.requireNonNull(value, "notices");
            return this;
        }

        /** @return the options */
        public InputOptions build() {
            return new InputOptions(this);
        }
    }
}
