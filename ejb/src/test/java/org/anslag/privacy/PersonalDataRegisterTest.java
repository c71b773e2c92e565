package org.anslag.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The register stays complete: every entity has its section, and every column whose name says it
 * holds a person (a user name, a name, an address) is listed there with purpose, basis and retention.
 */
class PersonalDataRegisterTest {

    /** Field names that hold a person: user names of actors ("decidedBy"), names, addresses. */
    static final Pattern PERSON = Pattern.compile(
            "username|account|evaluator|actor|author|recipient|counterpart|fullName|.*[eE]mail|phone.*|.*By|acceptedAs");

    private final Map<String, PersonalDataRegister.Entry> register = PersonalDataRegister.entries().stream()
            .collect(Collectors.toMap(PersonalDataRegister.Entry::entity, Function.identity()));

    @Test
    void everyEntityHasItsSectionAndEveryPersonColumnIsListed() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : entities()) {
            PersonalDataRegister.Entry entry = register.get(entity.getSimpleName());
            if (entry == null) {
                problems.add(entity.getSimpleName() + " has no section in personal-data-register.txt");
                continue;
            }
            for (String column : personColumns(entity)) {
                if (!entry.columns().contains(column)) {
                    problems.add(entity.getSimpleName() + "." + column + " names a person but is not in its register section");
                }
            }
            if (entry.holdsPersonalData() && !tableOf(entity).equals(entry.table())) {
                problems.add(entity.getSimpleName() + " is stored in " + tableOf(entity) + ", not " + entry.table());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRegisterSaysWhyInBothLanguages() {
        for (PersonalDataRegister.Entry entry : PersonalDataRegister.withPersonalData()) {
            for (Locale language : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                assertTrue(!entry.purpose(language).isBlank() && !entry.basis(language).isBlank()
                        && !entry.retention(language).isBlank(), entry.entity() + " in " + language);
            }
        }
        assertTrue(PersonalDataRegister.withPersonalData().stream().anyMatch(e -> e.table().equals("app_user")
                && e.columns().contains("email")));
    }

    @Test
    void aSectionWithPersonalDataButNoPurposeIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PersonalDataRegister.parse(
                List.of("[Thing]", "table = thing", "columns = owner")));
        assertTrue(refused.getMessage().contains("Thing"), refused.getMessage());
    }

    @Test
    void anEntityWithAPersonColumnIsNoticed() {
        assertEquals(List.of("signed_by", "contact_email"), personColumns(Unregistered.class));
    }

    /** Stands for a new entity someone adds without registering it. */
    static class Unregistered {
        String title;
        String signedBy;
        @Column(name = "contact_email")
        String contactAddressEmail;
    }

    static List<Class<?>> entities() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.anslag").stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
    }

    static List<String> personColumns(Class<?> entity) {
        List<String> columns = new ArrayList<>();
        for (Field field : entity.getDeclaredFields()) {
            if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())
                    && PERSON.matcher(field.getName()).matches()) {
                Column column = field.getAnnotation(Column.class);
                columns.add(column != null && !column.name().isEmpty() ? column.name() : snake(field.getName()));
            }
        }
        return columns;
    }

    static String tableOf(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return table != null && !table.name().isEmpty() ? table.name() : snake(entity.getSimpleName());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
