package org.matterstandards.sdk.report;

import java.util.List;
import org.matterstandards.sdk.report.internal.Html;

/**
 * A horizontal bar chart as inline SVG (条形图), drawn on the server so that charts need no script and no library.
 * Each bar has a label on the left, a bar scaled to its fraction and the value text on the right.
 */
final class SvgBarChart {

    /**
     * One bar.
     *
     * @param label     the row label
     * @param fraction  the bar length, 0 … 1 (clamped); NaN draws no bar
     * @param valueText the text after the bar
     * @param style     a CSS class for the bar colour
     */
    record Bar(String label, double fraction, String valueText, String style) {
    }

    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int VALUE_WIDTH = 150;
    private static final int CHART_WIDTH = 760;

    private SvgBarChart() {
    }

    /**
     * Renders a chart.
     *
     * @param title a short description for screen readers
     * @param bars  the bars, top to bottom
     * @return the SVG markup
     */
    static String render(String title, List<Bar> bars) {
        int labelWidth = Math.min(300, 12 + bars.stream().mapToInt(bar -> textWidth(bar.label())).max().orElse(0));
        int barWidth = CHART_WIDTH - labelWidth - VALUE_WIDTH;
        int height = bars.size() * ROW + 4;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 300);
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(CHART_WIDTH).append(' ').append(height).append("\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\"><title>").append(Html.escape(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            int textY = y + BAR - 3;
            svg.append("<text class=\"chart-label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
            svg.append("<rect class=\"chart-track\" x=\"").append(labelWidth).append("\" y=\"").append(y)
                    .append("\" width=\"").append(barWidth).append("\" height=\"").append(BAR).append("\"/>");
            if (!Double.isNaN(bar.fraction())) {
                double clamped = Math.max(0, Math.min(1, bar.fraction()));
                long length = Math.round(clamped * barWidth);
                svg.append("<rect class=\"chart-bar ").append(Html.escape(bar.style())).append("\" x=\"")
                        .append(labelWidth).append("\" y=\"").append(y).append("\" width=\"").append(length)
                        .append("\" height=\"").append(BAR).append("\"/>");
            }
            svg.append("<text class=\"chart-value\" x=\"").append(labelWidth + barWidth + 8).append("\" y=\"")
                    .append(textY).append("\">").append(Html.escape(bar.valueText())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Approximate width in pixels at the chart's 13px font: CJK characters are about twice as wide as Latin. */
    static int textWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Character.isIdeographic(text.codePointAt(i)) || text.charAt(i) > 0x2E80 ? 14 : 8;
        }
        return width;
    }
}
