package dev.ztmm.report;

import dev.ztmm.model.Assessment;
import dev.ztmm.model.PillarScore;
import dev.ztmm.model.Stage;
import java.util.Comparator;
import java.util.List;

/** The facts about targets and the overall stage that every report format states alike. */
final class Gate {

    private Gate() {}

    static Stage lowestStage(Assessment assessment) {
        return assessment.pillars().stream().map(PillarScore::stage)
                .min(Comparator.naturalOrder()).orElse(Stage.AD_HOC);
    }

    /** Returns one sentence per missed target, such as "Identity is at stage 1 Ad-Hoc, below its target 3 Systematic". */
    static List<String> missedTargets(Assessment assessment) {
        return assessment.missedTargets().stream()
                .map(score -> missedTarget(score, assessment.targets().get(score.pillar())))
                .toList();
    }

    static String missedTarget(PillarScore score, Stage target) {
        return score.pillar().title() + " is at stage " + stage(score.stage())
                + ", below its target " + stage(target);
    }

    /** Returns "3 Systematic". */
    static String stage(Stage stage) {
        return stage.number() + " " + stage.title();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
