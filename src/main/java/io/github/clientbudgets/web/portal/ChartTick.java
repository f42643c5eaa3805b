package io.github.clientbudgets.web.portal;

/** One tick of a chart's axis: where it sits (SVG user units along its axis) and what it reads. */
public final class ChartTick {
    private final String position;
    private final String label;

    ChartTick(String position, String label) {
        this.position = position;
        this.label = label;
    }

    public String getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}
