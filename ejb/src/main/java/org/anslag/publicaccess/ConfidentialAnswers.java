package org.anslag.publicaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Masks the answers to the questions a programme manager marked as possibly confidential in the
 * text of a submitted version. An answer runs from its "question: " line to the next question,
 * section or the end, since a typed answer may span several lines.
 */
final class ConfidentialAnswers {

    static final String MASK = "[Sekretess enligt 30 kap. 23 § OSL: svaret är maskerat]";

    private ConfidentialAnswers() {
    }

    /**
     * @param questions    every question's label, as it heads its answer
     * @param confidential the labels of the confidential ones
     */
    static String mask(String frozen, Set<String> questions, Set<String> confidential) {
        List<String> out = new ArrayList<>();
        boolean masking = false;
        for (String line : frozen.split("\n", -1)) {
            String label = labelOf(line, questions);
            if (label != null || line.startsWith("== ")) {
                masking = label != null && confidential.contains(label);
                out.add(masking ? label + ": " + MASK : line);
            } else if (!masking) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private static String labelOf(String line, Set<String> questions) {
        int colon = line.indexOf(": ");
        while (colon >= 0) {
            if (questions.contains(line.substring(0, colon))) {
                return line.substring(0, colon);
            }
            colon = line.indexOf(": ", colon + 1);
        }
        return null;
    }
}
