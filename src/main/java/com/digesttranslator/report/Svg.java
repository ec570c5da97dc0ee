package com.digesttranslator.report;

import static com.digesttranslator.report.Html.attr;
import static com.digesttranslator.report.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts: a report must open from a file, offline, so no chart library. Colours come
 * from the page's CSS classes; every mark carries a {@code <title>} tooltip and data attributes.
 */
final class Svg {
  private static final int WIDTH = 600;
  private static final int LEFT = 44;
  private static final int RIGHT = 10;
  private static final int TOP = 12;
  private static final int PLOT_HEIGHT = 170;
  private static final int BOTTOM = 28;
  private static final int BAR_ROW = 26;
  private static final int BAR_LABEL = 96;
  private static final int BAR_VALUE = 48;

  /**
   * A rough average glyph width at the tick font size, to space x labels so they do not overlap.
   */
  private static final double CHAR_WIDTH = 6.4;

  private Svg() {}

  /**
   * A column; its values are stacked bottom-up, one per series.
   *
   * @param dataAttrs extra attributes for the column's {@code <g>}, already built with {@link
   *     Html#attr}
   */
  record Column(String label, String tip, String dataAttrs, long... values) {
    long total() {
      long sum = 0;
      for (long v : values) {
        sum += v;
      }
      return sum;
    }
  }

  /** A horizontal bar; {@code cssClass} picks its colour. */
  record Bar(String label, long value, String cssClass, String dataAttrs) {}

  static String columns(
      String id, String description, List<Column> columns, List<String> seriesClasses) {
    long max = columns.stream().mapToLong(Column::total).max().orElse(0);
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    StringBuilder svg = open(id, description, TOP + PLOT_HEIGHT + BOTTOM);
    yAxis(svg, top, step);
    double width = (WIDTH - LEFT - RIGHT) / (double) columns.size();
    int every = labelEvery(columns, width);
    for (int i = 0; i < columns.size(); i++) {
      column(svg, columns.get(i), LEFT + i * width, width, top, seriesClasses);
      if (i % every == 0) {
        svg.append(
            text(
                LEFT + (i + 0.5) * width,
                TOP + PLOT_HEIGHT + 17,
                "tick x",
                "middle",
                columns.get(i).label()));
      }
    }
    return svg.append("</svg>").toString();
  }

  static String bars(String id, String description, List<Bar> bars) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    StringBuilder svg = open(id, description, 2 * TOP + bars.size() * BAR_ROW);
    double room = WIDTH - BAR_LABEL - BAR_VALUE;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = TOP + i * BAR_ROW;
      double length = Math.max(2, bar.value() * room / max);
      svg.append("<g class=\"bar\"")
          .append(bar.dataAttrs())
          .append(attr("data-count", bar.value()))
          .append('>')
          .append("<title>")
          .append(esc(bar.label() + ": " + Format.count(bar.value())))
          .append("</title>")
          .append(text(BAR_LABEL - 8, y + 17, "tick", "end", bar.label()))
          .append(rect(BAR_LABEL, y + 4, length, BAR_ROW - 8, bar.cssClass()))
          .append(text(BAR_LABEL + length + 6, y + 17, "value", "start", Format.count(bar.value())))
          .append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String description, int height) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")
        .append(attr("id", id))
        .append(attr("viewBox", "0 0 " + WIDTH + " " + height))
        .append(" role=\"img\"")
        .append(attr("aria-label", description))
        .append('>');
  }

  private static void yAxis(StringBuilder svg, long top, long step) {
    for (long v = 0; v <= top; v += step) {
      double y = TOP + PLOT_HEIGHT - v * (double) PLOT_HEIGHT / top;
      svg.append("<line class=\"grid\"")
          .append(attr("x1", LEFT))
          .append(attr("x2", WIDTH - RIGHT))
          .append(attr("y1", num(y)))
          .append(attr("y2", num(y)))
          .append("/>")
          .append(text(LEFT - 6, y + 4, "tick y", "end", Format.count(v)));
    }
  }

  private static void column(
      StringBuilder svg, Column c, double x, double width, long top, List<String> classes) {
    double gap = width > 6 ? width * 0.18 : 0.5;
    svg.append("<g class=\"col\"")
        .append(c.dataAttrs())
        .append(attr("data-count", c.total()))
        .append('>')
        .append("<title>")
        .append(esc(c.tip()))
        .append("</title>");
    double base = TOP + PLOT_HEIGHT;
    for (int s = 0; s < c.values().length; s++) {
      double height = c.values()[s] * (double) PLOT_HEIGHT / top;
      if (height > 0) {
        base -= height;
        svg.append(rect(x + gap / 2, base, width - gap, height, classes.get(s)));
      }
    }
    svg.append("</g>");
  }

  /** A 1-2-5 step giving at most about five gridlines. */
  static long niceStep(long max) {
    long step = 1;
    while (step * 5 < max) {
      step = Bins.nextEdge(step);
    }
    return step;
  }

  private static int labelEvery(List<Column> columns, double columnWidth) {
    int longest = columns.stream().mapToInt(c -> c.label().length()).max().orElse(1);
    double needed = longest * CHAR_WIDTH + 10;
    return Math.max(1, (int) Math.ceil(needed / columnWidth));
  }

  private static String rect(double x, double y, double w, double h, String cssClass) {
    return "<rect"
        + attr("class", cssClass)
        + attr("x", num(x))
        + attr("y", num(y))
        + attr("width", num(w))
        + attr("height", num(h))
        + "/>";
  }

  private static String text(double x, double y, String cssClass, String anchor, String content) {
    return "<text"
        + attr("class", cssClass)
        + attr("x", num(x))
        + attr("y", num(y))
        + attr("text-anchor", anchor)
        + ">"
        + esc(content)
        + "</text>";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
