package org.matterstandards.sdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.matterstandards.core.i18n.Messages;

class ProgressLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressLine line(boolean enabled) {
        return new ProgressLine(new PrintWriter(err, true), Messages.of(Messages.ZH_CN), enabled, now::get);
    }

    @Test
    void onATerminalTheLineIsRewrittenAtMostFourTimesASecondAndErasedAtTheEnd() {
        ProgressLine progress = line(true);
        progress.update("a.json", 1);
        now.set(100);
        progress.update("a.json", 2);
        now.set(300);
        progress.update("a.json", 300);
        String first = "\r正在处理 a.json：已读取 1 条记录……";
        String third = "\r正在处理 a.json：已读取 300 条记录……";
        assertThat(err.toString()).isEqualTo(first + third);
        progress.close();
        int width = TextTable.width(third.substring(1));
        assertThat(err.toString()).isEqualTo(first + third + "\r" + " ".repeat(width) + "\r");
    }

    @Test
    void withoutATerminalNothingIsPrinted() {
        ProgressLine progress = line(false);
        progress.update("a.json", 1);
        progress.clear();
        progress.close();
        assertThat(err.toString()).isEmpty();
    }
}
