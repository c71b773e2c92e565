package org.anslag.review;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.organisation.Organisation;

/**
 * What a blind reviewer reads instead of the parties of one application: the coordinator is
 * "Sökande A (kommun dold)", the partners "Partner B (kommun dold)", … in the application's order,
 * every person "Person dold" and the attachments "Bilaga 1.pdf", … in the order they were added.
 * Made by {@link BlindReview} only.
 */
public final class BlindMasks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern BUDGET_LINE = Pattern.compile("(.+) (\\d{4}) (.+)");

    /** Organisation id, label and name, each to its mask. */
    private final Map<Object, String> organisations = new HashMap<>();
    private final Map<Long, String> files = new HashMap<>();
    private final List<String> fileMasks = new ArrayList<>();
    private final String person;
    private final String unknownOrganisation;

    BlindMasks(GrantApplication application, List<Attachment> attachments, Locale reader) {
        ResourceBundle texts = ResourceBundle.getBundle("org.anslag.review.blind",
                "en".equals(reader.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
        person = texts.getString("person");
        unknownOrganisation = texts.getString("organisation");
        remember(application.getCoordinator(), format(texts, "coordinator", "A") + " (" + texts.getString(
                application.getCoordinator().getKind().name()) + ")");
        char letter = 'B';
        for (ApplicationPartner partner : application.getPartners()) {
            remember(partner.getOrganisation(), format(texts, "partner", String.valueOf(letter++)) + " ("
                    + texts.getString(partner.getOrganisation().getKind().name()) + ")");
        }
        // numbered in the order they were added, as the submitted version lists them
        for (Attachment file : attachments) {
            String mask = format(texts, "attachment", fileMasks.size() + 1) + extension(file.getFileName());
            files.put(file.getId(), mask);
            fileMasks.add(mask);
        }
    }

    private void remember(Organisation organisation, String mask) {
        organisations.put(organisation.getId(), mask);
        organisations.putIfAbsent(organisation.getLabel(), mask);
        organisations.putIfAbsent(organisation.getName(), mask);
    }

    public String organisation(Organisation organisation) {
        return organisation == null ? "" : organisations.getOrDefault(organisation.getId(), unknownOrganisation);
    }

    public String person() {
        return person;
    }

    public String fileName(Attachment attachment) {
        return files.getOrDefault(attachment.getId(), unknownOrganisation);
    }

    /**
     * The frozen text of the submitted version with its parties masked: the applicant and who sent
     * it, the partner lines and who answered, the budget's organisations and the attachments' names.
     * The summary and the answers stay as written.
     */
    String frozenText(String frozen) {
        StringBuilder out = new StringBuilder();
        String section = "";
        int attachment = 0;
        for (String line : frozen.split("\n", -1)) {
            if (line.startsWith("== ") && line.endsWith(" ==")) {
                section = line;
                out.append(line).append('\n');
                continue;
            }
            int colon = line.indexOf(": ");
            String label = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 2);
            if (colon < 0) {
                out.append(line).append('\n');
            } else if (section.startsWith("== Ansökan") && label.equals("Sökande")) {
                out.append(label).append(": ").append(organisationNamed(value)).append('\n');
            } else if (section.startsWith("== Ansökan") && label.equals("Inskickad av")) {
                out.append(label).append(": ").append(person).append('\n');
            } else if (section.equals("== Partnerkommuner ==")) {
                // "Bekräftad (tomas)": the state stays, who answered goes
                String state = value.replaceAll(" \\(.*\\)$", "");
                out.append(organisationNamed(label)).append(": ").append(state).append('\n');
            } else if (section.equals("== Budget ==") && BUDGET_LINE.matcher(label).matches()) {
                Matcher budget = BUDGET_LINE.matcher(label);
                budget.matches();
                out.append(organisationNamed(budget.group(1))).append(' ').append(budget.group(2)).append(' ')
                        .append(budget.group(3)).append(": ").append(value).append('\n');
            } else if (section.equals("== Bilagor ==")) {
                String mask = attachment < fileMasks.size() ? fileMasks.get(attachment) : unknownOrganisation;
                attachment++;
                out.append(mask).append(": ").append(value).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private String organisationNamed(String labelOrName) {
        return organisations.getOrDefault(labelOrName, unknownOrganisation);
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String format(ResourceBundle texts, String key, Object argument) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(new Object[] {argument});
    }
}
