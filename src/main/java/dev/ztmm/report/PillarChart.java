package dev.ztmm.report;

import static dev.ztmm.report.Html.escape;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.Stage;

/**
 * Draws the six pillars as horizontal bars in inline SVG: the bar's length is the stage, a
 * dashed mark shows the target, and the label gives stage and score.
 */
final class PillarChart {

    private static final int LABEL_WIDTH = 120;
    private static final int BAR_AREA = 480;
    private static final int ROW_HEIGHT = 40;
    private static final int TOP = 28;
    private static final String[] STAGE_COLOURS = {"#cf222e", "#bf8700", "#2da44e", "#116329"};

    String svg(Assessment assessment) {
        int height = TOP + assessment.pillars().size() * ROW_HEIGHT + 8;
        int width = LABEL_WIDTH + BAR_AREA + 320;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n<title>Stage of each pillar, 1 to 4</title>\n");
        grid(svg, height);
        int row = 0;
        for (PillarScore score : assessment.pillars()) {
            bar(svg, score, assessment.targets().get(score.pillar()), TOP + row * ROW_HEIGHT);
            row++;
        }
        return svg.append("</svg>").toString();
    }

    private static void grid(StringBuilder svg, int height) {
        for (Stage stage : Stage.values()) {
            int x = LABEL_WIDTH + stage.number() * BAR_AREA / 4;
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\" stroke=\"#d0d7de\"/>\n");
            svg.append("<text x=\"").append(x - 4).append("\" y=\"16\" font-size=\"12\" text-anchor=\"end\""
                    + " fill=\"#59636e\">").append(escape(stage.number() + " " + stage.title())).append("</text>\n");
        }
    }

    private static void bar(StringBuilder svg, PillarScore score, Stage target, int y) {
        int length = score.stage().number() * BAR_AREA / 4;
        String colour = STAGE_COLOURS[score.stage().ordinal()];
        svg.append("<text x=\"0\" y=\"").append(y + 20).append("\" font-size=\"14\">")
                .append(escape(score.pillar().title())).append("</text>\n");
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 6).append("\" width=\"")
                .append(length).append("\" height=\"22\" rx=\"3\" fill=\"").append(colour).append("\"/>\n");
        if (target != null) {
            int x = LABEL_WIDTH + target.number() * BAR_AREA / 4;
            String mark = score.stage().number() < target.number() ? "#cf222e" : "#1f2328";
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(y + 2).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(y + 32).append("\" stroke=\"").append(mark)
                    .append("\" stroke-width=\"3\" stroke-dasharray=\"4 3\"/>\n");
        }
        String label = Gate.stage(score.stage()) + (score.score() == null ? ", nothing to assess" : ", score "
                + score.score()) + (target == null ? "" : ", target " + target.number());
        svg.append("<text x=\"").append(LABEL_WIDTH + BAR_AREA + 10).append("\" y=\"").append(y + 22)
                .append("\" font-size=\"13\" fill=\"#1f2328\">").append(escape(label)).append("</text>\n");
    }
}
