package org.palermoacademy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.palermoacademy.identity.Role;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * QUALITY.md 1: every route x {anonymous, learner, trainer, coordinator, admin} is allowed or denied
 * exactly as this table says. A new route fails this test until it is added here deliberately.
 */
class RouteAccessMatrixTest {

    /** Who may open each route; ANONYMOUS means anyone, signed in or not. */
    enum Who { ANONYMOUS, LEARNER, TRAINER, COORDINATOR, ADMIN }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.LEARNER, Who.TRAINER, Who.COORDINATOR, Who.ADMIN);

    static final Map<String, Set<Who>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("learning", SIGNED_IN),
            Map.entry("courses", SIGNED_IN),
            Map.entry("courses/:courseId", SIGNED_IN),
            Map.entry("courses/:courseId/lessons/:lessonId", SIGNED_IN),
            Map.entry("courses/:courseId/quizzes/:quizId", SIGNED_IN),
            Map.entry("cases", SIGNED_IN),
            Map.entry("cases/:caseId", SIGNED_IN),
            Map.entry("library", SIGNED_IN),
            Map.entry("library/:pageId", SIGNED_IN),
            Map.entry("matrices/:matrixId", SIGNED_IN),
            Map.entry("exercises", SIGNED_IN),
            Map.entry("exercises/:scenarioId", SIGNED_IN),
            Map.entry("exercises/:scenarioId/play", SIGNED_IN),
            Map.entry("submissions/:submissionId", SIGNED_IN),
            Map.entry("profile", SIGNED_IN),
            Map.entry("cohorts", EnumSet.of(Who.TRAINER, Who.ADMIN)),
            Map.entry("cohorts/:cohortId", EnumSet.of(Who.TRAINER, Who.ADMIN)),
            Map.entry("reviews", EnumSet.of(Who.TRAINER, Who.ADMIN)),
            Map.entry("reviews/:submissionId", EnumSet.of(Who.TRAINER, Who.ADMIN)),
            Map.entry("assigned", SIGNED_IN),
            Map.entry("notifications", SIGNED_IN),
            Map.entry("network", EnumSet.of(Who.COORDINATOR, Who.ADMIN)),
            Map.entry("network/:networkId/dashboard", EnumSet.of(Who.COORDINATOR, Who.ADMIN)),
            Map.entry("certificates", SIGNED_IN),
            Map.entry("reports/implementation", EnumSet.of(Who.COORDINATOR, Who.ADMIN)),
            Map.entry("verify/:code?", EnumSet.allOf(Who.class)),
            Map.entry("admin/certificates", EnumSet.of(Who.ADMIN)),
            Map.entry("admin", EnumSet.of(Who.ADMIN))));

    @Test
    void everyRouteIsOpenExactlyToTheRolesInTheTable() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var checker = new AccessAnnotationChecker();
        Map<String, Set<Who>> actual = new TreeMap<>();
        for (var bean : scanner.findCandidateComponents("org.palermoacademy")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            String path = view.getAnnotation(Route.class).value();
            Set<Who> allowed = EnumSet.noneOf(Who.class);
            for (Who who : Who.values()) {
                Principal principal = who == Who.ANONYMOUS ? null : () -> "someone";
                Role role = who == Who.ANONYMOUS ? null : Role.valueOf(who.name());
                if (checker.hasAccess(view, principal, r -> role != null && role.name().equals(r))) {
                    allowed.add(who);
                }
            }
            actual.put(path, allowed);
        }
        assertThat(actual).isEqualTo(EXPECTED);
    }
}
