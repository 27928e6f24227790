package org.matterstandards.sdk.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import org.matterstandards.sdk.io.common.RecordWriter;

/**
 * Writes records as a JSON array (one indented object after another) or as NDJSON (one object per line), in canonical
 * form or converted to exchange rows (JSON 写出). UTF-8 without BOM. Not thread-safe.
 */
public final class JsonRecordWriter implements RecordWriter {

    private final OutputStream out;
    private final boolean lines;
    private final ObjectMapper mapper;
    private final UnaryOperator<ObjectNode> transform;
    private final JsonGenerator array;

    /**
     * @param out       where to write; closed with the writer
     * @param lines     {@code true} for NDJSON
     * @param mapper    the JSON mapper
     * @param transform turns a canonical record into what is written (identity, or to an exchange row)
     */
    public JsonRecordWriter(OutputStream out, boolean lines, ObjectMapper mapper, UnaryOperator<ObjectNode> transform) {
        this.out = out;
        this.lines = lines;
        this.mapper = mapper;
        this.transform = transform;
        if (lines) {
            this.array = null;
        } else {
            this.array = mapper.writer().with(new DefaultPrettyPrinter()).createGenerator(out);
            array.writeStartArray();
        }
    }

    @Override
    public void write(ObjectNode record) {
        ObjectNode written = transform.apply(record);
        if (lines) {
            try {
                out.write(mapper.writeValueAsBytes(written));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            array.writeTree(written);
        }
    }

    @Override
    public void close() {
        try (OutputStream closing = out) {
            if (array != null) {
                array.writeEndArray();
                array.writeRaw('\n');
                array.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
