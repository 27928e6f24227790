package org.matterstandards.schemas;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import org.matterstandards.core.code.CodeKind;

/**
 * A networknt {@link Format} that checks a code with core's check-digit and table code (编码格式校验), exactly as the
 * model's {@code @CodeFormat} constraint does: blank text passes (presence is the {@code required} keyword's job).
 * Stateless and thread-safe.
 */
final class CodeKindFormat implements Format {

    private final CodeKind kind;
    private final String name;

    CodeKindFormat(CodeKind kind) {
        this.kind = kind;
        this.name = CodeFormats.formatName(kind);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return BlankText.isBlank(value) || kind.check(value).isOk();
    }
}
