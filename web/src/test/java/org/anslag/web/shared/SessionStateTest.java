package org.anslag.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In a cluster (bin/cluster) a session's beans and the views of its pages are copied to the other
 * node, so a user keeps working when one dies: every @SessionScoped and @ViewScoped bean must be
 * Serializable, and so must the fields it keeps. Injected services come back as serializable proxies.
 */
class SessionStateTest {

    @Test
    void everyBeanASessionKeepsCanMoveToAnotherNode() throws Exception {
        List<Class<?>> sessionBeans = pageBeans().stream()
                .filter(type -> type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class))
                .toList();
        assertThat(sessionBeans).contains(CurrentUser.class, LanguageSelection.class);

        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : sessionBeans) {
            check(bean, bean.getName(), checked, problems);
        }
        assertThat(problems).isEmpty();
    }

    /** The type and, for Anslag's own types, the fields it keeps, all the way down. */
    private static void check(Class<?> kept, String where, Set<Class<?>> checked, List<String> problems) {
        if (kept.isPrimitive() || kept.isEnum() || isCollection(kept) || !checked.add(kept)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(kept)) {
            problems.add(where + " keeps a " + kept.getName() + ", which is not Serializable");
            return;
        }
        for (Class<?> type = kept; type != null && type.getName().startsWith("org.anslag."); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (keptInTheSession(field)) {
                    check(field.getType(), type.getName() + "." + field.getName(), checked, problems);
                }
            }
        }
    }

    private static boolean keptInTheSession(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)
                && !field.isAnnotationPresent(Resource.class);
    }

    /** A List, Set or Map field holds serializable JDK collections here (ArrayList, List.of, HashMap). */
    private static boolean isCollection(Class<?> type) {
        return type.isInterface() && type.getPackageName().equals("java.util");
    }

    private static List<Class<?>> pageBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(CurrentUser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("org/anslag/web"))) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(SessionStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
