package org.anslag.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.PartnerConfirmation;
import org.anslag.award.AgreementStatus;
import org.anslag.call.CallType;
import org.anslag.followup.IndicatorUnit;
import org.anslag.followup.TermKind;
import org.anslag.workflow.GrantApplicationProcess;
import org.junit.jupiter.api.Test;

/** Every text a page or a refusal shows exists, and is filled in, in Swedish and in English. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern KEY_PREFIX = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:new RuleViolation\\([^,;]+,|Feedback\\.(?:info|error|text)\\(|failure\\([^,;]+,)\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final Properties ENGLISH = load("messages_en.properties");
    private static final Properties SWEDISH = load("messages_sv.properties");
    private static final Path CHECKOUT = checkout();

    @Test
    void everyEnglishKeyHasASwedishText() {
        assertThat(missingIn(SWEDISH, ENGLISH)).as("keys missing in messages_sv.properties").isEmpty();
    }

    @Test
    void everySwedishKeyHasAnEnglishText() {
        assertThat(missingIn(ENGLISH, SWEDISH)).as("keys missing in messages_en.properties").isEmpty();
    }

    @Test
    void noTextIsBlank() {
        assertThat(blankKeys(ENGLISH)).as("blank in messages_en.properties").isEmpty();
        assertThat(blankKeys(SWEDISH)).as("blank in messages_sv.properties").isEmpty();
    }

    @Test
    void bothLanguagesFillInTheSameValues() {
        Set<String> differing = ENGLISH.stringPropertyNames().stream()
                .filter(SWEDISH::containsKey)
                .filter(key -> !placeholders(ENGLISH.getProperty(key)).equals(placeholders(SWEDISH.getProperty(key))))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(differing).as("keys whose {n} placeholders differ between the languages").isEmpty();
    }

    @Test
    void everyKeyAPageUsesExistsInBothLanguages() {
        Set<String> used = matches(pages(), LITERAL_KEY);

        assertThat(used).as("keys found in the pages").hasSizeGreaterThan(50).contains("call.title", "application.title");
        assertThat(missing(used, ENGLISH)).as("used by a page, missing in messages_en.properties").isEmpty();
        assertThat(missing(used, SWEDISH)).as("used by a page, missing in messages_sv.properties").isEmpty();
    }

    @Test
    void everyStatusAndChoiceAPageNamesHasATextInBothLanguages() {
        Map<String, Set<String>> valuesByPrefix = Map.ofEntries(
                Map.entry("status.", names(ApplicationStatus.values())),
                Map.entry("callType.", names(CallType.values())),
                Map.entry("coverage.status.", names(org.anslag.learning.MapStatus.values())),
                Map.entry("termKind.", names(TermKind.values())),
                Map.entry("indicatorUnit.", names(IndicatorUnit.values())),
                Map.entry("confirmation.", names(PartnerConfirmation.values())),
                Map.entry("agreement.", names(AgreementStatus.values())),
                Map.entry("callStatus.", names(org.anslag.call.CallStatus.values())),
                Map.entry("organisationKind.", names(org.anslag.organisation.OrganisationKind.values())),
                Map.entry("costCategory.", names(org.anslag.budget.CostCategory.values())),
                Map.entry("role.", names(org.anslag.shared.Role.values())),
                Map.entry("afterReport.status.", names(org.anslag.learning.AfterReportStatus.values())),
                Map.entry("afterReport.stillInUse.", names(org.anslag.learning.StillInUse.values())),
                Map.entry("step.", taskIds()),
                Map.entry("eligibilityReason.", eligibilityReasons()),
                Map.entry("questionKind.", names(org.anslag.form.QuestionKind.values())),
                Map.entry("plan.status.", names(org.anslag.award.Installment.Status.values())),
                Map.entry("report.outcome.", names(org.anslag.followup.ReportOutcome.values())),
                Map.entry("spreadKind.", names(org.anslag.followup.SpreadKind.values())),
                Map.entry("licence.", names(org.anslag.followup.Licence.values())),
                Map.entry("recovery.status.", names(org.anslag.award.RecoveryClaim.Status.values())),
                Map.entry("registrationState.", names(org.anslag.organisation.Registration.values())),
                Map.entry("change.kind.", names(org.anslag.change.ChangeKind.values())),
                Map.entry("change.status.", names(org.anslag.change.ChangeStatus.values())),
                Map.entry("readLog.what.", names(org.anslag.audit.ReadEntry.What.values())),
                Map.entry("registry.direction.", names(org.anslag.registry.Direction.values())),
                Map.entry("retention.kind.", names(org.anslag.retention.RecordKind.values())),
                Map.entry("retention.what.", names(org.anslag.retention.RecordKind.values())),
                Map.entry("apiTokens.scope.", names(org.anslag.integration.ApiScope.values())),
                Map.entry("operations.process.", Set.copyOf(org.anslag.operations.Operations.PROCESSES)),
                // the diary registers an arriving application and every kind of letter that leaves
                Map.entry("registry.kind.", java.util.stream.Stream.concat(java.util.stream.Stream.of("APPLICATION"),
                        names(org.anslag.letter.LetterKind.values()).stream()).collect(Collectors.toSet())));
        Set<String> prefixes = matches(pages(), KEY_PREFIX);

        assertThat(prefixes).as("key prefixes the pages complete at run time").isNotEmpty()
                .allMatch(valuesByPrefix::containsKey);
        Set<String> keys = prefixes.stream()
                .flatMap(prefix -> valuesByPrefix.get(prefix).stream().map(value -> prefix + value))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing(keys, ENGLISH)).as("missing in messages_en.properties").isEmpty();
        assertThat(missing(keys, SWEDISH)).as("missing in messages_sv.properties").isEmpty();
    }

    @Test
    void everyRefusalAndNoticeTheCodeRaisesHasATextInBothLanguages() {
        Set<String> raised = matches(Stream.concat(sources("ejb/src/main/java"), sources("web/src/main/java")),
                KEY_IN_CODE);

        assertThat(raised).as("message keys found in the code")
                .contains("application.deadlinePassed", "review.scoreOutOfScale", "application.saved", "amount.negative");
        assertThat(missing(raised, ENGLISH)).as("raised by the code, missing in messages_en.properties").isEmpty();
        assertThat(missing(raised, SWEDISH)).as("raised by the code, missing in messages_sv.properties").isEmpty();
    }

    @Test
    void sharesReadWithTheReadersDecimalSign() {
        Object[] shares = {7.142857, 20.0};

        assertThat(new java.text.MessageFormat(SWEDISH.getProperty("budget.coFundingBelowMin"), Locale.forLanguageTag("sv-SE"))
                .format(shares)).startsWith("Medfinansieringen är 7,14 % av kostnaden men utlysningen kräver minst 20 %.");
        assertThat(new java.text.MessageFormat(ENGLISH.getProperty("budget.coFundingBelowMin"), Locale.ENGLISH)
                .format(shares)).startsWith("Co-funding is 7.14 % of the cost but the call requires at least 20 %.");
        assertThat(new java.text.MessageFormat(SWEDISH.getProperty("call.rulesSummary"), Locale.forLanguageTag("sv-SE"))
                .format(new Object[] {1, 5, 12.5})).isEqualTo("Krav: 1–5 partnerkommuner, minst 12,5 % egen medfinansiering.");
    }

    @Test
    void theSwedishTextsAreReadAsUtf8() {
        String allSwedish = String.join("\n", SWEDISH.stringPropertyNames().stream().map(SWEDISH::getProperty).toList());

        assertThat(allSwedish).contains("å", "ä", "ö").doesNotContain("Ã");
    }

    private static Set<String> missingIn(Properties bundle, Properties reference) {
        return missing(reference.stringPropertyNames(), bundle);
    }

    private static Set<String> missing(Set<String> keys, Properties bundle) {
        return keys.stream().filter(key -> !bundle.containsKey(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> blankKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    /** The reason codes the eligibility decision table can give. */
    static Set<String> eligibilityReasons() {
        Set<String> codes = matches(Stream.of(CHECKOUT.resolve("process-models/src/main/resources/processes/eligibility.dmn")),
                Pattern.compile("<outputEntry[^>]*><text>\"([A-Z_]+)\"</text>"));
        assertThat(codes).as("reason codes in eligibility.dmn").contains("TOO_FEW_PARTNERS", "EXCEEDS_MAX_GRANT");
        return codes;
    }

    /** The user-task ids of the grant-application and change-request processes, as the task list shows them. */
    private static Set<String> taskIds() {
        Set<String> ids = Stream.of(GrantApplicationProcess.class, org.anslag.workflow.ChangeRequestProcess.class)
                .flatMap(process -> Arrays.stream(process.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(MessageBundlesTest::value)
                .filter(id -> id.startsWith("Task_"))
                .collect(Collectors.toSet());
        assertThat(ids).as("task ids of the process").contains("Task_ReviewApplication");
        return ids;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> matches(Stream<Path> files, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        files.forEach(file -> {
            Matcher matcher = pattern.matcher(read(file));
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        });
        return found;
    }

    private static Stream<Path> pages() {
        return filesEndingWith("web/src/main/webapp", ".xhtml");
    }

    private static Stream<Path> sources(String folder) {
        return filesEndingWith(folder, ".java");
    }

    private static Stream<Path> filesEndingWith(String folder, String suffix) {
        try (Stream<Path> files = Files.walk(CHECKOUT.resolve(folder))) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the ejb and web modules, wherever the build was started. */
    private static Path checkout() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("web/src/main/webapp")) && Files.isDirectory(dir.resolve("ejb/src/main/java"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no checkout with web/ and ejb/ above " + Path.of("").toAbsolutePath());
    }

    /** Strict UTF-8, the encoding ResourceBundle reads properties files in. */
    private static Properties load(String file) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/anslag/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
